#!/usr/bin/env bash
# The catalogue of bad inputs: for each, the exact diagnostic (file:line:col: error: ...), the
# error count, a non-zero exit, and the previously built site left byte-identical.
#   bad_inputs.sh GUIDE_EXE PROJECT_SOURCE_DIR
source "$(dirname "$0")/lib.sh"

page() {  # page FILE TEXT: writes a page below content/pages
  mkdir -p "$(dirname "content/pages/$1")"
  printf '%b' "$2" >"content/pages/$1"
}
good_front='---\ntitle: Une page\ndescription: Une page de test.\n---\n\n'

# --- YAML in front matter -------------------------------------------------------------------
begin "front matter: YAML syntax error (unclosed list)"
page index.md '---\ntitle: [Accueil\ndescription: x\n---\nTexte.\n'
run_build
expect_errors 1 \
  "content/pages/index.md:2:8: error: YAML syntax: this '[' is never closed" \
  "content/pages/index.md:2:8: note: a value that starts with '[' is a YAML list; if it is text, put the whole value in double quotes"

begin "front matter: French ' : ' in an unquoted value"
page index.md '---\ntitle: Accueil\ndescription: Eau, métaux : ce qu'"'"'il faut savoir\n---\nTexte.\n'
run_build
expect_errors 1 \
  "content/pages/index.md:3:27: error: YAML syntax: illegal map value" \
  "content/pages/index.md:3:27: note: in YAML, ': ' inside an unquoted value starts a new key; put the whole value in double quotes, e.g. description: \"Eau, métaux : ce qu'il faut savoir\""

begin "front matter: tab indentation"
page index.md '---\ntitle: Accueil\naudience:\n\t- dsi\ndescription: x\n---\nTexte.\n'
run_build
expect_errors 1 "content/pages/index.md:4:1: error: tab character in indentation; YAML indents with spaces only"

begin "front matter: duplicate key"
page index.md '---\ntitle: Accueil\ndescription: x\ntitle: Autre\n---\nTexte.\n'
run_build
expect_errors 1 \
  "content/pages/index.md:4:1: error: duplicate key 'title'" \
  "content/pages/index.md:4:1: note: first defined at content/pages/index.md:2:1; remove one of them (YAML keeps only one value per key)"

# --- YAML in site.yaml ----------------------------------------------------------------------
begin "site.yaml: YAML syntax error (unclosed map)"
printf 'title: Guide\ncolors: {accent: "#20527a"\n' >content/site.yaml
run_build
expect_errors 1 "content/site.yaml:2:9: error: YAML syntax: this '{' is never closed"

begin "site.yaml: tab indentation"
printf 'title: Guide\ncolors:\n\taccent: "#20527a"\n' >content/site.yaml
run_build
expect_errors 1 "content/site.yaml:3:1: error: tab character in indentation; YAML indents with spaces only"

begin "site.yaml: duplicate key"
printf 'title: Guide\ntagline: a\ntitle: Autre\n' >content/site.yaml
run_build
expect_errors 1 "content/site.yaml:3:1: error: duplicate key 'title'"

begin "site.yaml: not a mapping"
printf -- '- title\n- tagline\n' >content/site.yaml
run_build
expect_errors 1 "content/site.yaml:1:1: error: site.yaml must be a list of 'key: value' lines"

# --- YAML in a bank -------------------------------------------------------------------------
begin "bank: YAML syntax error (unclosed list)"
sed -i 's/^    title: Le besoin$/    title: [Le besoin/' content/banks/essai.yaml
run_build
expect_errors 1 "content/banks/essai.yaml:8:12: error: YAML syntax: this '[' is never closed"

begin "bank: tab indentation"
sed -i 's/^    title: Le besoin$/\ttitle: Le besoin/' content/banks/essai.yaml
run_build
expect_errors 1 "content/banks/essai.yaml:8:1: error: tab character in indentation; YAML indents with spaces only"

begin "bank: duplicate key"
sed -i 's/^        type: yesno$/        type: yesno\n        type: choice/' content/banks/essai.yaml
run_build
expect_errors 1 \
  "content/banks/essai.yaml:13:9: error: duplicate key 'type'" \
  "content/banks/essai.yaml:13:9: note: first defined at content/banks/essai.yaml:12:9; remove one of them (YAML keeps only one value per key)"

begin "bank: a list that contains itself through an alias"
printf 'id: essai\nversion: 1\nliste: &l [a, *l]\n' >content/banks/essai.yaml
run_check
expect_errors 1 \
  "content/banks/essai.yaml:3:12: error: YAML nested more than 64 levels deep" \
  "content/banks/essai.yaml:3:12: note: a list or map that contains itself through an alias (*name) never ends"

begin "bank: aliases that expand to billions of values"
{ echo "id: essai"; echo "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"
  for i in 1 2 3 4 5 6 7 8 9; do printf 'a%d: &a%d [' $i $i; for k in 1 2 3 4 5 6 7 8 9; do printf '*a%d, ' $((i - 1)); done; printf '*a%d]\n' $((i - 1)); done
} >content/banks/essai.yaml
start=$(date +%s%N)
run_check
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
expect_errors 1 "content/banks/essai.yaml:2:28: error: YAML aliases (*name) expand to too many values"
[ "$elapsed_ms" -lt 10000 ] || fail "took ${elapsed_ms} ms"

begin "front matter: ten thousand nested lists"
page index.md "---\ntitle: $(head -c 10000 /dev/zero | tr '\0' '[')\ndescription: x\n---\n"
run_build
expect_errors 1 "content/pages/index.md:2:8: error: YAML nested too deeply (lists or maps inside each other, thousands of levels)"

# --- encoding -------------------------------------------------------------------------------
begin "page: invalid UTF-8 (Latin-1 é)"
page index.md "${good_front}Texte en Latin-1 : \xe9t\xe9.\n"
run_build
expect_errors 1 \
  "content/pages/index.md:6:20: error: invalid UTF-8 byte sequence" \
  "content/pages/index.md:6:20: note: save the file as UTF-8 (it may be in Latin-1 or Windows-1252)"

begin "bank: invalid UTF-8 (Windows-1252 quote)"
sed -i "s/^title: Liste d'essai/title: Liste d\x92essai/" content/banks/essai.yaml
run_build
expect_errors 1 "content/banks/essai.yaml:4:15: error: invalid UTF-8 byte sequence"

begin "site.yaml: invalid UTF-8 (truncated sequence)"
printf 'title: Guide \xc3\n' >content/site.yaml
run_build
expect_errors 1 "content/site.yaml:1:14: error: invalid UTF-8 byte sequence"

# --- front matter ---------------------------------------------------------------------------
begin "page: missing front matter"
page chapitre/eau.md 'title: L'"'"'eau\n\nTexte.\n'
run_build
expect_errors 1 \
  "content/pages/chapitre/eau.md:1:1: error: missing front matter" \
  "content/pages/chapitre/eau.md:1:1: note: a page starts with a line '---', then at least 'title:' (and best 'description:'), then a closing '---'"

begin "page: front matter not closed"
page chapitre/eau.md '---\ntitle: L'"'"'eau\ndescription: x\n\nTexte.\n'
run_build
expect_errors 1 "content/pages/chapitre/eau.md:1:1: error: front matter is not closed"

begin "page: front matter is a list"
page chapitre/eau.md '---\n- title\n---\nTexte.\n'
run_build
expect_errors 1 "content/pages/chapitre/eau.md:2:1: error: front matter must be a list of 'key: value' lines"

begin "page: missing title, wrong types"
page chapitre/eau.md '---\ndescription: x\norder: premier\ndraft: oui\naudience: [acheteurs]\n---\nTexte.\n'
run_build
expect_errors 4 \
  "content/pages/chapitre/eau.md:2:1: error: missing 'title' in front matter" \
  "content/pages/chapitre/eau.md:3:8: error: 'order' must be a whole number" \
  "content/pages/chapitre/eau.md:4:8: error: 'draft' must be true or false" \
  "content/pages/chapitre/eau.md:5:12: error: unknown audience 'acheteurs'" \
  "content/pages/chapitre/eau.md:5:12: note: did you mean 'acheteur'?"

begin "page: unknown front-matter key is a warning with a suggestion"
page chapitre/air.md '---\ntitle: L'"'"'air\ndescription: x\nordre: 2\n---\n\nTexte.\n'
run_check
[ "$status" -eq 0 ] || fail "a warning must not fail the build (exit $status)"
grep -qFx "content/pages/chapitre/air.md:4:1: warning: unknown front-matter key 'ordre' (ignored)" err.txt ||
  fail "missing warning"
grep -qFx "content/pages/chapitre/air.md:4:1: note: did you mean 'order'?" err.txt || fail "missing suggestion"
grep -qF "(1 warnings)" out.txt || fail "summary does not count the warning: $(cat out.txt)"
expect_site_untouched

# --- pages that collide ---------------------------------------------------------------------
begin "pages: a.md and A.md collide on case-insensitive disks"
page chapitre/Eau.md "${good_front}Texte.\n"
run_build
expect_errors 1 \
  "content/pages/chapitre/eau.md: error: page 'chapitre/eau.md' collides with 'chapitre/Eau.md': on a case-insensitive disk (Windows, macOS) both are written to chapitre/eau.html"

begin "pages: a page written over a tool page and over a special page"
page outils/essai.md "${good_front}Texte.\n"
page 404.md "${good_front}Texte.\n"
page sujets/a.md "${good_front}Texte.\n"
run_build
expect_errors 3 \
  "content/pages/404.md: error: page '404.md' would be written to 404.html, which is reserved for the special page 404.html" \
  "content/pages/outils/essai.md: error: page 'outils/essai.md' would be written to outils/essai.html, which is reserved for the page of the tool 'essai'" \
  "content/pages/sujets/a.md: error: page 'sujets/a.md' would be written to sujets/a.html, which is reserved for the folder sujets/ (the A–Z topic index)"

# --- banks: the core validator through guide check ------------------------------------------
bank_head='id: essai\nversion: 1\nkind: checklist\ntitle: Liste\nsections:\n  - id: besoin\n    title: Le besoin\n    questions:\n'
yesno_q() { printf '      - id: %s\n        text: Question %s ?\n        type: yesno\n' "$1" "$1"; }
fallback='verdicts:\n  - level: a-clarifier\n    label: À clarifier\n    text: À clarifier.\n'

begin "bank: duplicate question id"
{ printf "$bank_head"; yesno_q usage; yesno_q usage; printf "$fallback"; } >content/banks/essai.yaml
run_check
expect_errors 1 \
  "content/banks/essai.yaml:12:13: error: duplicate question id 'usage'" \
  "content/banks/essai.yaml:12:13: note: first defined at content/banks/essai.yaml:9:13"

begin "bank: unknown question in an expression"
{ printf "$bank_head"; yesno_q usage; yesno_q volume; printf "        show_if: \"usag == 'oui'\"\n$fallback"; } \
  >content/banks/essai.yaml
run_check
expect_errors 1 "content/banks/essai.yaml:15:19: error: unknown question 'usag' (did you mean 'usage'?)"

begin "bank: expression that does not parse"
{ printf "$bank_head"; yesno_q usage; yesno_q volume; printf "        show_if: \"usage == 'oui' and (\"\n$fallback"; } \
  >content/banks/essai.yaml
run_check
expect_errors 1 "content/banks/essai.yaml:15:39: error: expected a value, found the end of the expression"

begin "bank: expression that mixes types"
{ printf "$bank_head"; yesno_q usage; printf "      - id: volume\n        text: Volume ?\n        type: number\n        show_if: \"usage > 3\"\n$fallback"; } \
  >content/banks/essai.yaml
run_check
expect_errors 1 "content/banks/essai.yaml:15:19: error: '>' compares numbers, but question 'usage' (a string) is not one"

begin "bank: comparison with a choice the question does not have"
{ printf "$bank_head"; yesno_q usage; yesno_q volume; printf "        show_if: \"usage == 'peut-etre'\"\n$fallback"; } \
  >content/banks/essai.yaml
run_check
expect_errors 1 "content/banks/essai.yaml:15:28: error: 'peut-etre' is not a choice of question 'usage'; its choices are oui, non"

begin "bank: show_if cycle"
{ printf "$bank_head"; yesno_q a; printf "        show_if: \"b == 'oui'\"\n"; yesno_q b
  printf "        show_if: \"a == 'oui'\"\n$fallback"; } >content/banks/essai.yaml
run_check
expect_errors 1 "content/banks/essai.yaml:16:19: error: the show_if of 'b' depends on itself: a → b → a"

begin "bank: a scored choice without a score"
{ printf "$bank_head"; printf "      - id: usage\n        text: Usage ?\n        type: choice\n        choices:\n"
  printf "          - {id: a, label: A, score: 1}\n          - {id: b, label: B}\n$fallback"; } >content/banks/essai.yaml
run_check
expect_errors 1 "content/banks/essai.yaml:14:13: error: choice 'b' of question 'usage' has no score, but other choices do: every choice of a scored question needs a score"

begin "bank: verdict rules with no fallback"
{ printf "$bank_head"; yesno_q usage; printf "verdicts:\n  - when: \"usage == 'oui'\"\n    level: oui\n    label: Oui\n    text: Oui.\n"; } \
  >content/banks/essai.yaml
run_check
expect_errors 1 "content/banks/essai.yaml:13:5: error: the last verdict must be the fallback, without 'when', so that every set of answers gets a verdict"

begin "bank: invalid id"
sed -i 's/^id: essai$/id: Essai_1/' content/banks/essai.yaml
run_check
expect_errors 1 "content/banks/essai.yaml:1:5: error: bank id must be lower-case letters, digits and '-'"

begin "bank: ids that would break out of an HTML attribute"
sed -i 's/^  - id: besoin$/  - id: "besoin\\" onclick=\\"alert(1)"/; s/^      - id: usage$/      - id: "usage><script>"/' \
  content/banks/essai.yaml
run_check
expect_errors 2 \
  "content/banks/essai.yaml:7:9: error: invalid section id 'besoin\" onclick=\"alert(1)': use lowercase letters, digits and '_'" \
  "content/banks/essai.yaml:10:13: error: invalid question id 'usage><script>': use a lowercase letter, then lowercase letters, digits and '_'"

# --- links ----------------------------------------------------------------------------------
begin "page: broken link and broken anchor"
printf '\nVoir [x](@/chapitre/eaux.md) et [y](@/chapitre/eau.md#refroidisement).\n' >>content/pages/index.md
run_build
expect_errors 2 \
  "content/pages/index.md:16:10: error: broken link: no page or tool '@/chapitre/eaux.md'" \
  "content/pages/index.md:16:10: note: did you mean '@/chapitre/eau.md'?" \
  "content/pages/index.md:16:37: error: broken anchor: '@/chapitre/eau.md' has no '#refroidisement'" \
  "content/pages/index.md:16:37: note: did you mean '#refroidissement'?"

begin "page: relative .md links: a missing page and anchor, with suggestions in the form written"
printf '\nVoir [a](eaux.md), [b](./eau.md#refroidisement) et [c](../chapitre/air.md#rien).\n' >>content/pages/chapitre/index.md
run_build
expect_errors 3 \
  "content/pages/chapitre/index.md:10:10: error: broken link: no page 'chapitre/eaux.md' ('eaux.md' from chapitre/index.md)" \
  "content/pages/chapitre/index.md:10:10: note: did you mean 'eau.md'?" \
  "content/pages/chapitre/index.md:10:24: error: broken anchor: './eau.md' has no '#refroidisement'" \
  "content/pages/chapitre/index.md:10:24: note: did you mean '#refroidissement'?" \
  "content/pages/chapitre/index.md:10:56: error: broken anchor: '../chapitre/air.md' has no '#rien'"

begin "page: a relative link that leaves content/pages/"
printf '\nVoir [x](../../README.md).\n' >>content/pages/chapitre/index.md
run_build
expect_errors 1 "content/pages/chapitre/index.md:10:10: error: broken link: '../../README.md' leads out of content/pages/"

begin "page: a link to a file missing from assets/"
printf '\n![Schéma](../assets/css/sit.css) [ok](../assets/css/site.css)\n' >>content/pages/chapitre/index.md
run_build
expect_errors 1 \
  "content/pages/chapitre/index.md:10:12: error: broken link: no file 'assets/css/sit.css' in the assets ('../assets/css/sit.css')" \
  "content/pages/chapitre/index.md:10:12: note: did you mean '../assets/css/site.css'?"

begin "page: relative .md links and asset links that exist build, rewritten to .html"
printf '\nVoir [l’eau](eau.md#refroidissement) et [l’accueil](../index.md), ![x](../assets/css/site.css).\n' >>content/pages/chapitre/index.md
OUT=built run_build  # not site/: the cases compare it with the site built first
[ "$status" -eq 0 ] || fail "exit $status: $(head -3 err.txt)"
grep -qF 'href="eau.html#refroidissement"' built/chapitre/index.html || fail "eau.md not rewritten"
grep -qF 'href="../index.html"' built/chapitre/index.html || fail "../index.md not rewritten"
grep -qF 'src="../assets/css/site.css"' built/chapitre/index.html || fail "asset link changed"

begin "page: only a title: builds, with a warning; its first paragraph is its description"
page chapitre/sans-description.md '---\ntitle: Sans description\n---\n\n## Un titre\n\nLe premier paragraphe dit *tout*.\n\nLe second, rien.\n'
OUT=built run_build
[ "$status" -eq 0 ] || fail "exit $status: $(head -3 err.txt)"
grep -qFx "content/pages/chapitre/sans-description.md:2:1: warning: missing 'description' in front matter: the first paragraph stands in for it" err.txt ||
  fail "missing warning: $(head -3 err.txt)"
grep -qF '<meta name="description" content="Le premier paragraphe dit tout.">' built/chapitre/sans-description.html ||
  fail "description not taken from the first paragraph"
grep -qF '<a href="sans-description.html">Sans description</a> — Le premier paragraphe dit tout.' built/chapitre/index.html ||
  fail "the chapter listing does not show it"

begin "check --strict: a warning fails"
page chapitre/sans-description.md '---\ntitle: Sans description\n---\n\nTexte.\n'
run_check
[ "$status" -eq 0 ] || fail "without --strict a warning must not fail (exit $status)"
run_check --strict
[ "$status" -ne 0 ] || fail "--strict must fail on a warning"
grep -qFx "1 warning, which --strict treats as errors" err.txt || fail "no --strict summary: $(tail -2 err.txt)"
expect_site_untouched

begin "page: start buttons must lead somewhere that exists"
page chapitre/boutons.md '---\ntitle: Boutons\ndescription: D\nstart:\n  - {label: Eau, link: "@/chapitre/eaux.md"}\n  - {label: Ici, lien: "@/index.md"}\n---\nTexte.\n'
run_build
expect_errors 2 \
  "content/pages/chapitre/boutons.md:6:18: error: unknown key 'lien' in a start button" \
  "content/pages/chapitre/boutons.md:6:18: note: did you mean 'link'?" \
  "content/pages/chapitre/boutons.md:6:5: error: a start button needs a 'link' (a non-empty text)"

begin "page: a start button's link is checked"
page chapitre/boutons.md '---\ntitle: Boutons\ndescription: D\nstart:\n  - {label: Eau, link: "@/chapitre/eaux.md"}\n---\nTexte.\n'
run_build
expect_errors 1 \
  "content/pages/chapitre/boutons.md:5:24: error: broken link: no page or tool '@/chapitre/eaux.md'" \
  "content/pages/chapitre/boutons.md:5:24: note: did you mean '@/chapitre/eau.md'?"

begin "page: link to a tool question that does not exist"
sed -i 's/#q-usage/#q-usages/' content/pages/chapitre/index.md
run_build
expect_errors 1 \
  "content/pages/chapitre/index.md:8:33: error: broken anchor: '@outil/essai' has no '#q-usages'" \
  "content/pages/chapitre/index.md:8:33: note: did you mean '#q-usage'?"

begin "page: 100,000 broken links, reported quickly, each at its own column"
awk 'BEGIN{printf "---\ntitle: T\ndescription: D\n---\n"; for(i=0;i<100000;i++) printf "[x](@/nulle.md) "; print ""}' >content/pages/links.md
start=$(date +%s%N)
run_build
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$status" -ne 0 ] || fail "exit status 0"
grep -qE '^100000 errors;' err.txt || fail "not 100000 errors: $(tail -1 err.txt)"
grep -qFx "content/pages/links.md:5:1605: error: broken link: no page or tool '@/nulle.md'" err.txt ||
  fail "the 101st link is not at its own column"
[ "$elapsed_ms" -lt 60000 ] || fail "took ${elapsed_ms} ms"
expect_site_untouched

begin "page: 40,000 good links check in a few seconds"
awk 'BEGIN{printf "---\ntitle: T\ndescription: D\n---\n"; for(i=0;i<40000;i++) printf "[x](@/index.md)\n\n"}' >content/pages/links.md
start=$(date +%s%N)
run_check
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$status" -eq 0 ] || fail "exit $status: $(head -3 err.txt)"
[ "$elapsed_ms" -lt 30000 ] || fail "took ${elapsed_ms} ms (was 111 s before the link locator)"

# --- templates ------------------------------------------------------------------------------
begin "templates: missing template"
rm templates/page.mustache
run_build
expect_errors 1 "templates/page.mustache: error: missing template 'page'"

begin "templates: missing partial"
rm templates/partials/footer.mustache
run_build
line=$(grep -n '{{> footer}}' templates.good/base.mustache | cut -d: -f1)
col=$(grep '{{> footer}}' templates.good/base.mustache | awk '{print index($0, "{{> footer}}")}')
expect_errors 1 "templates/base.mustache:$line:$col: error: missing partial 'footer' (no file templates/partials/footer.mustache)"

begin "templates: unknown variable"
sed -i 's/{{title}}/{{titel}}/' templates/page.mustache
run_build
line=$(grep -n '{{titel}}' templates/page.mustache | head -1 | cut -d: -f1)
col=$(grep '{{titel}}' templates/page.mustache | head -1 | awk '{print index($0, "{{titel}}")}')
expect_errors 1 \
  "templates/page.mustache:$line:$col: error: template uses an undefined name '{{titel}}'" \
  "templates/page.mustache:$line:$col: note: did you mean '{{title}}'?"

begin "templates: unclosed section"
sed -i 's|{{/scripts}}||' templates/base.mustache
run_build
line=$(grep -n '{{#scripts}}' templates.good/base.mustache | cut -d: -f1)
expect_errors 1 "templates/base.mustache:$line:1: error: template syntax: Unclosed section \"scripts\""

begin "templates: a tag closed with a single brace"
sed -i 's/{{title}}/{{title}/' templates/page.mustache
run_build
line=$(grep -n '{{title}[^}]' templates/page.mustache | head -1 | cut -d: -f1)
col=$(grep '{{title}[^}]' templates/page.mustache | head -1 | awk '{print index($0, "{{title}")}')
expect_errors 1 "templates/page.mustache:$line:$col: error: template tag '{{title' is not closed with '}}'"

begin "templates: invalid UTF-8 in a partial"
printf '<p>\xe9</p>\n' >templates/partials/extra.mustache
run_build
expect_errors 1 "templates/partials/extra.mustache:1:4: error: invalid UTF-8 byte sequence"

# --- output folder --------------------------------------------------------------------------
begin "output: --out under a regular file"
echo "un fichier" >plain-file
OUT=plain-file/site run_build
expect_errors 1 "plain-file/site: error: cannot create the output folder: Not a directory"

begin "output: --out naming an existing file (it must survive)"
echo "à garder" >keep.txt
OUT=keep.txt run_build
expect_errors 1 "keep.txt: error: the output folder is an existing file, not a folder"
[ "$(cat keep.txt)" = "à garder" ] || fail "keep.txt was replaced"

begin "output: --out naming the content folder (it must survive)"
OUT=content run_build
expect_errors 1 "content: error: the output folder contains content, which building would delete"
[ -f content/pages/index.md ] || fail "content/ was replaced"

# --- sizes and emptiness --------------------------------------------------------------------
begin "page: a 100 MB file is refused without being read"
truncate -s 100M content/pages/enorme.md
start=$(date +%s%N)
run_build
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
expect_errors 1 \
  "content/pages/enorme.md: error: file is too large (100 MB; the limit is 8 MB)" \
  "content/pages/enorme.md: note: is it really a page or a bank? move other files out of content/"
[ "$elapsed_ms" -lt 10000 ] || fail "took ${elapsed_ms} ms"

begin "bank: a 100 MB bank is refused"
truncate -s 100M content/banks/enorme.yaml
run_build
expect_errors 1 "content/banks/enorme.yaml: error: file is too large (100 MB; the limit is 8 MB)"

begin "content: empty folder"
rm -rf content && mkdir content
run_build
expect_errors 1 "content: error: no pages found"

# --- Regulatory dates ----------------------------------------------------------------------
begin "dates: an unknown date id in a page and in a bank's block of text"
mkdir -p content/data
printf 'cited_as: "{date} (état au {checked})"\ndate_words: {pattern: "{day} {month} {year}", first_day: "1er", months: [janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre]}\nfuture_wordings: ["s'"'"'appliquera"]\ndates:\n  - id: ria-interdictions\n    text: Interdictions\n    article: article 5\n    date: 2025-02-02\n    source: EUR-Lex\n    checked: 2026-12-05\n' >content/data/dates-reglementaires.yaml
printf '\nInterdit depuis le {{date:ria-interdiction}}.\n' >>content/pages/chapitre/eau.md
sed -i 's/^title: \(.*\)$/title: \1\nintro: |\n  Depuis le {{date:ria-inconnue}}./' content/banks/essai.yaml
run_build
expect_errors 2 \
  "content/pages/chapitre/eau.md:15:20: error: unknown date id 'ria-interdiction'" \
  "content/pages/chapitre/eau.md:15:20: note: did you mean 'ria-interdictions'?" \
  "content/banks/essai.yaml:6:13: error: unknown date id 'ria-inconnue'"

begin "content: missing folder"
rm -rf content
run_build
expect_errors 1 "content: error: content folder not found"

# --- Windows habits: a byte-order mark and CRLF line endings ------------------------------
begin "bank with a byte-order mark: columns count from the first visible character"
sed -i 's/^id: essai$/id: Essai/' content/banks/essai.yaml
{ printf '\xef\xbb\xbf'; cat content/banks/essai.yaml; } >bom.yaml && mv bom.yaml content/banks/essai.yaml
run_check
expect_errors 1 "content/banks/essai.yaml:1:5: error: bank id must be lower-case letters, digits and '-'"
grep -qFx "  id: Essai" err.txt || fail "the quoted line still holds the byte-order mark"

begin "CRLF line endings and byte-order marks build the same site"
find content -type f -exec sed -i 's/$/\r/' {} +
for f in content/pages/index.md content/site.yaml; do { printf '\xef\xbb\xbf'; cat "$f"; } >bom.tmp && mv bom.tmp "$f"; done
OUT=crlf-site run_build
[ "$status" -eq 0 ] || fail "CRLF content does not build: $(head -3 err.txt)"
(cd crlf-site && find . -type f -print0 | sort -z | xargs -0 sha256sum) >crlf.sums
cmp -s good.sums crlf.sums || fail "CRLF content builds a different site: $(diff good.sums crlf.sums | head -4)"
rm -rf crlf-site

# --- several errors in one run --------------------------------------------------------------
begin "several errors in pages, site.yaml, a bank and the templates, all reported"
page chapitre/air.md '---\ntitle: [L'"'"'air\ndescription: x\n---\nTexte.\n'
page chapitre/eau.md "${good_front}\xe9\n"
page chapitre/feu.md 'Pas de front matter.\n'
printf 'title: Guide\ntitle: Autre\n' >content/site.yaml
{ printf "$bank_head"; yesno_q usage; yesno_q volume; printf "        show_if: \"usag == 'oui'\"\n"
  printf "verdicts:\n  - when: \"score > 'x'\"\n    level: oui\n    label: Oui\n    text: Oui.\n"; } \
  >content/banks/essai.yaml
rm templates/404.mustache
run_build
expect_errors 8 \
  "content/pages/chapitre/air.md:2:8: error: YAML syntax: this '[' is never closed" \
  "content/pages/chapitre/eau.md:6:1: error: invalid UTF-8 byte sequence" \
  "content/pages/chapitre/feu.md:1:1: error: missing front matter" \
  "content/site.yaml:2:1: error: duplicate key 'title'" \
  "content/banks/essai.yaml:15:19: error: unknown question 'usag' (did you mean 'usage'?)" \
  "content/banks/essai.yaml:17:20: error: '>' compares numbers, but the string 'x' is not one" \
  "content/banks/essai.yaml:17:5: error: the last verdict must be the fallback, without 'when', so that every set of answers gets a verdict" \
  "templates/404.mustache: error: missing template '404'"

begin "several broken links in several pages, all reported"
printf '\n[a](@/nulle-part.md) [b](@/chapitre/air.md#nulle-part)\n' >>content/pages/index.md
printf '\n[c](@outil/inconnu)\n' >>content/pages/chapitre/eau.md
run_build
expect_errors 3 \
  "content/pages/index.md:16:5: error: broken link: no page or tool '@/nulle-part.md'" \
  "content/pages/index.md:16:5: note: '@/' paths start at content/pages/ and end in .md" \
  "content/pages/index.md:16:26: error: broken anchor: '@/chapitre/air.md' has no '#nulle-part'" \
  "content/pages/chapitre/eau.md:15:5: error: broken link: no page or tool '@outil/inconnu'"

# --- The command line: --help is never an error ----------------------------------------------
for command in build check serve index eval footprint ecologits; do
  begin "guide $command --help: its usage on stdout, exit 0, nothing built"
  "$guide" "$command" --help >out.txt 2>err.txt
  status=$?
  [ "$status" -eq 0 ] || fail "exit status $status"
  grep -q "^usage: guide $command" out.txt || fail "no 'usage: guide $command' line on stdout: $(head -2 out.txt err.txt)"
  [ ! -s err.txt ] || fail "stderr is not empty: $(head -2 err.txt)"
  expect_site_untouched
done

finish
