#!/usr/bin/env python3
"""Writes a deterministic synthetic French corpus for the build benchmark.

usage: make_corpus.py OUT_DIR PAGES [--shape chaptered|flat|deep] [--hugo HUGO_DIR]

OUT_DIR/pages/ gets PAGES Markdown pages (400–800 words each, front matter, headings, lists,
tables, internal links), plus the home page, arranged in one of three shapes:
  chaptered  chapters of 100 pages (chapitre-000/ … with an index.md each): the default;
  flat       one folder holding every page (liste/index.md and its siblings);
  deep       folders nested 5 levels deep, three subfolders per folder, pages spread evenly.
Same arguments, same bytes.

--hugo HUGO_DIR also writes the same pages as a Hugo site (config, a minimal theme, content/ with
_index.md for the folders and `ref` shortcodes for the links), so that both generators build the
same text.
"""
import argparse
import shutil
import os
import random
import re

WORDS = ("intelligence artificielle donnée données modèle modèles entraînement inférence énergie "
         "électricité sobriété acheteur achat public marché marchés clause clauses fournisseur "
         "hébergeur centre calcul serveur serveurs carbone émissions eau refroidissement métaux "
         "cuivre usage usages agent agents service public collectivité évaluation critère critères "
         "transparence biais discrimination sécurité conformité règlement réglementation impact "
         "impacts environnemental social numérique responsable frugal frugale grille question "
         "questions réponse réponses preuve preuves indicateur indicateurs mesure mesures cycle vie "
         "matériel équipement équipements fabrication durée stockage transfert réseau coût coûts "
         "bénéfice alternative solution solutions projet projets équipe équipes formation décision "
         "l'IA d'un qu'elle l'achat d'entraînement aujourd'hui très plus moins avec sans pour dans "
         "sur par une des les la le et ou mais donc car ainsi cette ces leurs notre votre").split()

PER_CHAPTER = 100
DEEP_LEVELS = 5
DEEP_BRANCHING = 3


def sentence(rng):
    n = rng.randint(8, 18)
    words = [rng.choice(WORDS) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def chaptered_paths(pages):
    chapters = (pages + PER_CHAPTER - 1) // PER_CHAPTER
    paths = []
    for c in range(chapters):
        for p in range(min(PER_CHAPTER, pages - c * PER_CHAPTER)):
            paths.append(f"chapitre-{c:03d}/" + ("index.md" if p == 0 else f"page-{p:03d}.md"))
    return paths


def flat_paths(pages):
    return ["liste/index.md"] + [f"liste/page-{p:05d}.md" for p in range(1, pages)]


def deep_paths(pages):
    # Folders breadth first: niveau-0/, niveau-0/niveau-0/, … down to DEEP_LEVELS levels.
    folders, level = [], [""]
    for _ in range(DEEP_LEVELS):
        level = [f"{parent}niveau-{b}/" for parent in level for b in range(DEEP_BRANCHING)]
        folders += level
    folders = folders[:pages] if pages < len(folders) else folders
    paths = [f + "index.md" for f in folders]
    extra = pages - len(paths)
    for i in range(extra):  # the other pages round-robin over the folders
        folder = folders[i % len(folders)]
        paths.append(f"{folder}page-{i // len(folders):03d}.md")
    return paths


def page_body(rng, paths):
    words_left = rng.randint(400, 800)
    body = []
    section = 0
    while words_left > 0:
        section += 1
        body.append(f"## {rng.choice(WORDS).capitalize()} et {rng.choice(WORDS)} {section}\n")
        para = " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))
        body.append(para + "\n")
        words_left -= len(para.split())
        kind = rng.random()
        if kind < 0.3:
            body.append("\n".join(f"- {sentence(rng)}" for _ in range(4)) + "\n")
            words_left -= 40
        elif kind < 0.4:
            body.append("| Indicateur | Valeur |\n|---|---|\n| PUE | 1,4 |\n| WUE | 0,3 |\n")
        if rng.random() < 0.5:
            other = rng.choice(paths)
            body.append(f"Voir aussi [la page liée](@/{other}).\n")
    return "\n".join(body)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


# The Hugo twin: `index.md` of a folder is `_index.md` for Hugo (its `index.md` would make a leaf
# bundle and hide the folder's pages), and `@/x.md` links become `ref` shortcodes, so that Hugo
# resolves and checks every link as guide does.
HUGO_CONFIG = """baseURL = "http://localhost/"
languageCode = "fr"
title = "Corpus"
disableKinds = ["taxonomy", "term", "RSS"]
paginate = 100
[markup.goldmark.renderer]
  unsafe = false
[markup.goldmark.extensions]
  typographer = true
"""

HUGO_BASEOF = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>{{ .Title }} — {{ site.Title }}</title>
<meta name="description" content="{{ .Description }}"></head>
<body>
<nav aria-label="Sommaire"><ul>
{{ range site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
</ul></nav>
<nav aria-label="Fil d'Ariane"><ol>
{{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
</ol></nav>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
"""

HUGO_SINGLE = """{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Description }}</p>
<nav>{{ .TableOfContents }}</nav>
{{ .Content }}
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
</article>{{ end }}
"""

HUGO_LIST = """{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Description }}</p>
{{ .Content }}
<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> — {{ .Description }}</li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}
</article>{{ end }}
"""


def hugo_path(path):
    return path[:-len("index.md")] + "_index.md" if path.endswith("index.md") else path


def to_hugo(text):
    return re.sub(r"\]\(@/([^)#]+)\)",
                  lambda m: '](' + '{{< ref "/' + hugo_path(m.group(1)) + '" >}})', text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("pages", type=int)
    parser.add_argument("--shape", choices=("chaptered", "flat", "deep"), default="chaptered")
    parser.add_argument("--hugo")
    args = parser.parse_args()
    rng = random.Random(20261123)
    paths = {"chaptered": chaptered_paths, "flat": flat_paths, "deep": deep_paths}[args.shape](args.pages)
    files = {"index.md": "---\ntitle: Accueil du corpus\ndescription: Corpus synthétique.\n---\n\n"
                         + " ".join(sentence(rng) for _ in range(20)) + "\n"}
    for i, path in enumerate(paths):
        body = page_body(rng, paths)
        files[path] = (f"---\ntitle: Page {i} sur {rng.choice(WORDS)}\n"
                       f"description: Une page du corpus synthétique numéro {i}.\norder: {i % 100}\n---\n\n"
                       + body)
    for path, text in files.items():
        write(os.path.join(args.out, "pages", path), text)
    # The guide's interface texts (content/interface/), so that the corpus's scripts are written
    # with their messages as the guide's are.
    interface = os.path.join(os.path.dirname(__file__), "..", "..", "content", "interface")
    shutil.copytree(interface, os.path.join(args.out, "interface"))
    if args.hugo:
        write(os.path.join(args.hugo, "hugo.toml"), HUGO_CONFIG)
        write(os.path.join(args.hugo, "layouts", "_default", "baseof.html"), HUGO_BASEOF)
        write(os.path.join(args.hugo, "layouts", "_default", "single.html"), HUGO_SINGLE)
        write(os.path.join(args.hugo, "layouts", "_default", "list.html"), HUGO_LIST)
        for path, text in files.items():
            write(os.path.join(args.hugo, "content", hugo_path(path)), to_hugo(text))


if __name__ == "__main__":
    main()
