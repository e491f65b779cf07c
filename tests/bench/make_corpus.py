#!/usr/bin/env python3
"""Writes a deterministic synthetic French corpus for the build benchmark.

usage: make_corpus.py OUT_DIR PAGES
OUT_DIR/pages/ gets PAGES Markdown pages (400–800 words each, front matter, headings, lists,
tables, internal links) spread over chapters of 100 pages. Same arguments, same bytes.
"""
import os
import random
import sys

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

def sentence(rng):
    n = rng.randint(8, 18)
    words = [rng.choice(WORDS) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."

def main():
    out, pages = sys.argv[1], int(sys.argv[2])
    rng = random.Random(20261123)
    per_chapter = 100
    chapters = (pages + per_chapter - 1) // per_chapter
    paths = []
    for c in range(chapters):
        for p in range(min(per_chapter, pages - c * per_chapter)):
            paths.append(f"chapitre-{c:03d}/" + ("index.md" if p == 0 else f"page-{p:03d}.md"))
    os.makedirs(os.path.join(out, "pages"), exist_ok=True)
    with open(os.path.join(out, "pages", "index.md"), "w") as f:
        f.write("---\ntitle: Accueil du corpus\ndescription: Corpus synthétique.\n---\n\n"
                + " ".join(sentence(rng) for _ in range(20)) + "\n")
    for i, path in enumerate(paths):
        target = os.path.join(out, "pages", path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
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
        with open(target, "w") as f:
            f.write(f"---\ntitle: Page {i} sur {rng.choice(WORDS)}\n"
                    f"description: Une page du corpus synthétique numéro {i}.\norder: {i % 100}\n---\n\n"
                    + "\n".join(body))

if __name__ == "__main__":
    main()
