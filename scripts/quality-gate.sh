#!/usr/bin/env bash
# Index each test collection afresh and fail when retrieval or answer quality on its question
# set drops below the figures the project reaches (thresholds just below them).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="${EVAL_OUT:-$work/report}"

# gate NAME FOLDER QUESTIONS [assistant eval options...]: a fresh index of FOLDER, then the set.
gate() {
  local name=$1 folder=$2 questions=$3
  shift 3
  ASSISTANT_INDEX_DIR="$work/$name-index" .venv/bin/assistant ingest "$folder" >/dev/null
  ASSISTANT_INDEX_DIR="$work/$name-index" .venv/bin/assistant eval "$questions" --out "$out/$name" "$@"
}

# The default corpus and its 94 questions, every retrieval mode side by side.
# Refusal 0.68 since the answer threshold follows the question's mean similarity to the page's language (2026-12-05:
# over all 20 sets 14 more right answers and 4 more refusals, but here two off-topic questions in languages the corpus
# lacks, "Hvor mye snø falt i Oslo i januar?" and "Wie wird das Wetter morgen in Berlin?", are answered: 13 -> 11 of 16).
gate default corpus eval/questions/default.jsonl --mode all \
  --fail-under hybrid.mrr@10=0.84 --fail-under hybrid.ndcg@10=0.85 --fail-under hybrid.hit@5=0.93 \
  --fail-under hybrid.answer_term_hit=0.76 --fail-under hybrid.citation_hit=0.85 \
  --fail-under hybrid.refusal_accuracy=0.68 --fail-under hybrid.answer_rate=0.96 \
  --fail-under dense.mrr@10=0.79 --fail-under bm25.mrr@10=0.62

# A second collection (eval/collections/services: six short municipal pages in sv/no/nl/de/en/fi)
# that the default corpus's tuning never saw: guards against rules that only help corpus/.
gate services eval/collections/services eval/questions/services.jsonl \
  --fail-under hybrid.mrr@10=0.92 --fail-under hybrid.ndcg@10=0.93 --fail-under hybrid.hit@5=0.97 \
  --fail-under hybrid.answer_term_hit=0.85 --fail-under hybrid.citation_hit=0.90 \
  --fail-under hybrid.refusal_accuracy=0.58 --fail-under hybrid.answer_rate=0.91

# A held-out collection (eval/collections/holdout: a Danish PDF, an English DOCX, a Swedish web
# page saved as text, a Norwegian HTML page) whose questions were written before any answers were
# looked at; nothing was tuned on it except two bugs it revealed.
gate holdout eval/collections/holdout eval/questions/holdout.jsonl \
  --fail-under hybrid.mrr@10=0.89 --fail-under hybrid.ndcg@10=0.92 --fail-under hybrid.hit@5=0.93 \
  --fail-under hybrid.answer_term_hit=0.89 --fail-under hybrid.citation_hit=0.89 \
  --fail-under hybrid.refusal_accuracy=0.8 --fail-under hybrid.answer_rate=0.97

# German encyclopedia-style pages (eval/collections/german: a town, a climate network, a biography),
# full of ordinal dates ("am 3. Oktober 1990") and abbreviations; questions in de/en/sv/nl.
gate german eval/collections/german eval/questions/german.jsonl \
  --fail-under hybrid.mrr@10=0.87 --fail-under hybrid.citation_hit=0.80 \
  --fail-under hybrid.answer_term_hit=0.75 --fail-under hybrid.answer_rate=0.95

# Finnish, Danish, Dutch and Swedish pages in news and encyclopedia style (eval/collections/nordic), with
# questions in seven languages written before any answer was looked at (first run: MRR@10 0.895, answer-term
# hit 0.800, refusal 1 of 7); bylines and Finnish cost cues were fixed on what it showed (0.881 / 0.829 / 3 of 7).
# Two fee tables (HTML, DOCX) and 10 questions were added after the table change (split "tables"); all 52:
# MRR@10 0.894, answer-term hit 0.818, citation hit 0.954, answer rate 0.977 (one question of margin).
gate nordic eval/collections/nordic eval/questions/nordic.jsonl \
  --fail-under hybrid.mrr@10=0.86 --fail-under hybrid.citation_hit=0.94 \
  --fail-under hybrid.answer_term_hit=0.80 --fail-under hybrid.answer_rate=0.97

# English encyclopedia and news pages and a German news article (eval/collections/news), questions in seven
# languages written before any answer was looked at (first run: MRR@10 0.947, answer-term hit 0.773); British
# titles ("Cllr. Dr. Priya Nair") ended a sentence, fixed since (answer-term hit 0.818).
gate news eval/collections/news eval/questions/news.jsonl \
  --fail-under hybrid.mrr@10=0.92 --fail-under hybrid.citation_hit=0.90 \
  --fail-under hybrid.answer_term_hit=0.77 --fail-under hybrid.answer_rate=0.90

# Two municipal pages, Norwegian (club grants, bullet lists) and Danish (bulky waste, saved as text), asked in
# English mostly (eval/collections/municipal; first run: MRR@10 0.893, answer-term hit 0.714, answer rate 0.857;
# e-mail address words and "costs nothing" were fixed on it: 0.857 and 0.929).
# Since sentences are embedded with their page's title (pipeline 13): MRR@10 0.854, answer-term hit 0.786, answer
# rate 0.857 ("Is building waste counted as bulky waste?" now just under the threshold).
gate municipal eval/collections/municipal eval/questions/municipal.jsonl \
  --fail-under hybrid.mrr@10=0.83 --fail-under hybrid.citation_hit=0.84 \
  --fail-under hybrid.answer_term_hit=0.71 --fail-under hybrid.answer_rate=0.78

# A Swedish wiki page in HTML (infobox, links, contents), a Danish encyclopedia text, a Dutch wiki article in
# Markdown, a Norwegian housing-allowance page and a Finnish home-care page, asked mostly in English
# (eval/collections/regional; first run: MRR@10 0.891, answer-term hit 0.738, citation hit 0.829; after the
# link, table, list and phone fixes 0.893 / 0.833 / 0.857, and with sentences embedded with the page's title
# 0.923 / 0.929 / 0.952).
gate regional eval/collections/regional eval/questions/regional.jsonl \
  --fail-under hybrid.mrr@10=0.90 --fail-under hybrid.citation_hit=0.92 \
  --fail-under hybrid.answer_term_hit=0.90 --fail-under hybrid.answer_rate=0.97

# Four municipal service pages as saved from real sites' templates (Dutch passport page with a fee table and
# <details> FAQ, German Wohngeld page with a <dl> contact block, Swedish building-permit page, English council-tax
# page; read-aloud buttons, feedback widgets, share links, page stamps), asked in English mostly
# (eval/collections/portal; first run: MRR@10 0.820, answer-term hit 0.781, citation hit 0.875; after the
# boilerplate, contact-block and opening-hours fixes 0.856 / 0.844 / 0.906).
gate portal eval/collections/portal eval/questions/portal.jsonl \
  --fail-under hybrid.mrr@10=0.83 --fail-under hybrid.citation_hit=0.87 \
  --fail-under hybrid.answer_term_hit=0.81 --fail-under hybrid.answer_rate=0.96

# A Swedish agency page full of figures (parental benefit), a Finnish news article in HTML, a Norwegian municipal
# climate plan as a two-page PDF with a running header and page numbers, asked in English mostly
# (eval/collections/agency; first run: MRR@10 0.933, answer-term hit 0.833, answer rate 0.900; after amounts
# spelt out and "by how much" 0.933 / 0.900 / 0.933). Refusal is 0 of 7 here, so it is not gated.
gate agency eval/collections/agency eval/questions/agency.jsonl \
  --fail-under hybrid.mrr@10=0.90 --fail-under hybrid.citation_hit=0.92 \
  --fail-under hybrid.answer_term_hit=0.86 --fail-under hybrid.answer_rate=0.90

# News and encyclopedia texts and a citizen-service page (a German local news article, a Swedish wiki biography with
# an infobox, a Danish pension page with a captioned table, a Norwegian annual report as .docx, a Finnish lake
# article, a Dutch news text), asked in English mostly (eval/collections/press; first run: MRR@10 0.815, answer-term
# hit 0.759, citation hit 0.804; after the news-furniture, table-header, role and concept-word fixes 0.853 / 0.810 /
# 0.875). Refusal is 2 of 11 here, so it is not gated.
gate press eval/collections/press eval/questions/press.jsonl \
  --fail-under hybrid.mrr@10=0.83 --fail-under hybrid.citation_hit=0.85 \
  --fail-under hybrid.answer_term_hit=0.79 --fail-under hybrid.answer_rate=0.94

# Three longer encyclopedia-style texts (a Norwegian island municipality in Markdown, a Danish manor as text, a
# Swedish national park page in HTML), asked in English mostly (eval/collections/encyclopedia; its first run, on
# the code that made the press fixes, was its only one: MRR@10 0.893, answer-term hit 0.952, citation hit 0.976).
gate encyclopedia eval/collections/encyclopedia eval/questions/encyclopedia.jsonl \
  --fail-under hybrid.mrr@10=0.87 --fail-under hybrid.citation_hit=0.95 \
  --fail-under hybrid.answer_term_hit=0.92 --fail-under hybrid.answer_rate=0.95

# Municipal documents in six formats (a Swedish PDF traffic plan, a Dutch wiki article, a German service page with a
# cookie banner and a fee table, a Finnish news article, Danish council minutes as text, a Norwegian .docx guide),
# asked in English mostly (eval/collections/civic; first run: MRR@10 0.822, answer-term hit 0.783, citation hit
# 0.833; after numbers spelt out, counted words across languages and sentences scored without the question's names
# 0.831 / 0.833 / 0.867). Refusal is 4 of 12 here, so it is not gated.
gate civic eval/collections/civic eval/questions/civic.jsonl \
  --fail-under hybrid.mrr@10=0.80 --fail-under hybrid.citation_hit=0.84 \
  --fail-under hybrid.answer_term_hit=0.81 --fail-under hybrid.answer_rate=0.98

# Seven pages written on 2026-12-04 and run before any change (eval/collections/district: a Danish meal-service page
# and a German citizens' office page in HTML with cookie banners and footers, a Finnish news text with a captioned
# photo, a Dutch wiki article with an infobox, a Swedish news page, a Norwegian biography, an English charges page),
# asked in all seven languages, half held out (first run: MRR@10 0.832, answer-term hit 0.821, citation hit 0.961,
# answer rate 0.911; after captions between photo labels, headings over labelled lines, amounts further down the
# best page, years before 1800, auxiliaries and headlines 0.835 / 0.911 / 0.981 / 0.946). Refusal is 5 of 15 here, so
# it is not gated.
gate district eval/collections/district eval/questions/district.jsonl \
  --fail-under hybrid.mrr@10=0.81 --fail-under hybrid.citation_hit=0.94 \
  --fail-under hybrid.answer_term_hit=0.89 --fail-under hybrid.answer_rate=0.92

# Seven more documents written on 2026-12-04 and run before any change (eval/collections/borough: German local news
# with a headline and a caption, a Danish island article, a Finnish home-care page with a fee table, Dutch council news,
# an English network page, a Norwegian grants guide as .docx, a Swedish waste tariff as PDF), half held out (first run:
# MRR@10 0.899, answer-term hit 0.808, citation hit 0.978, answer rate 0.865; after umlauts, "which town leads the",
# headlines and shares 0.899 / 0.885 / 0.979 / 0.904). Refusal is 6 of 15 here, so it is not gated.
gate borough eval/collections/borough eval/questions/borough.jsonl \
  --fail-under hybrid.mrr@10=0.88 --fail-under hybrid.citation_hit=0.95 \
  --fail-under hybrid.answer_term_hit=0.84 --fail-under hybrid.answer_rate=0.86

# Seven longer pages written on 2026-12-04 and run before any change (eval/collections/parish: a Swedish encyclopedia
# article, a Danish bulky-waste page with an FAQ, German local news, a Finnish lake article, a Dutch tax-waiver page
# with a list of documents, Norwegian news, an English network page), 41 of the 70 answerable questions across
# languages, mostly English over the others, half held out (first run: MRR@10 0.876, answer-term hit 0.786, citation
# hit 0.936, answer rate 0.900; after introduced lists, times of day, each passage's own threshold, concept words and
# street addresses 0.904 / 0.871 / 0.939 / 0.943). Refusal is 6 of 15 here, so it is not gated.
gate parish eval/collections/parish eval/questions/parish.jsonl \
  --fail-under hybrid.mrr@10=0.88 --fail-under hybrid.citation_hit=0.92 \
  --fail-under hybrid.answer_term_hit=0.84 --fail-under hybrid.answer_rate=0.92

# Seven pages written on 2026-12-05 and run before any change (eval/collections/county: a Swedish paratransit page, a
# Norwegian island article, Danish and Finnish local news, a German housing-benefit page, a Dutch subsidy scheme as
# .docx with a table, an English network page), 48 of the 76 answerable questions across languages, half held out
# (first run: MRR@10 0.919, answer-term hit 0.895, citation hit 0.972, answer rate 0.947; after "which number" and
# years 0.919 / 0.908 / 0.972 / 0.947). Refusal is 6 of 15 here, so it is not gated.
gate county eval/collections/county eval/questions/county.jsonl \
  --fail-under hybrid.mrr@10=0.90 --fail-under hybrid.citation_hit=0.95 \
  --fail-under hybrid.answer_term_hit=0.88 --fail-under hybrid.answer_rate=0.92

# Four Scandinavian news and encyclopedia pages written on 2026-12-05 and run before the changes they led to
# (eval/collections/harbour: no English page, 32 of 40 answerable questions in English), half held out (first run:
# MRR@10 0.950, answer-term hit 0.825, citation hit 1.000, answer rate 0.875; after concept words and the threshold that
# follows each language's mean similarity 0.938 / 0.950 / 1.000 / 1.000). Refusal is 3 of 8 here, so it is not gated.
gate harbour eval/collections/harbour eval/questions/harbour.jsonl \
  --fail-under hybrid.mrr@10=0.92 --fail-under hybrid.citation_hit=0.97 \
  --fail-under hybrid.answer_term_hit=0.92 --fail-under hybrid.answer_rate=0.97

# Six pages aimed at the judged case, written on 2026-12-05 and run before any change (eval/collections/valley: Danish
# bulky-waste page, German lake article, Finnish carer-support page with a fee table, Dutch bridge news, Norwegian
# light-rail news, Swedish swimming-hall news; no English page, 37 of 59 answerable questions in English), half held out
# (first run: MRR@10 0.936, answer-term hit 0.915, citation hit 0.948, answer rate 0.983; after the duration kind,
# letters in language detection, the rate kind and numbered rows 0.936 / 0.966 / 0.966 / 1.000). Refusal is 7 of 14,
# not gated.
gate valley eval/collections/valley eval/questions/valley.jsonl \
  --fail-under hybrid.mrr@10=0.92 --fail-under hybrid.citation_hit=0.94 \
  --fail-under hybrid.answer_term_hit=0.92 --fail-under hybrid.answer_rate=0.97

# Six longer pages written on 2026-12-05 after the valley changes (eval/collections/fjord: a Danish lighthouse article, a
# Swedish housing-adaptation page, a Finnish municipality article, German local news, a Norwegian parking-permit page,
# a Dutch windmill wiki page; 47 of 63 answerable questions in English), half held out (first run: MRR@10 0.855,
# answer-term hit 0.873, citation hit 0.903, answer rate 0.984; after the role bonus, deadlines, phone hours and concept
# words 0.880 / 0.921 / 0.921 / 1.000). Refusal is 7 of 14, not gated.
gate fjord eval/collections/fjord eval/questions/fjord.jsonl \
  --fail-under hybrid.mrr@10=0.86 --fail-under hybrid.citation_hit=0.89 \
  --fail-under hybrid.answer_term_hit=0.89 --fail-under hybrid.answer_rate=0.97

# Five long encyclopedia-style articles written on 2026-12-05, run before any change (eval/collections/atlas: a Danish
# town, a Finnish architect's biography, a Dutch polder, a Swedish ironworks, a German castle page with a cookie banner,
# menu and footer; 67 of 86 questions in English, 14 unanswerable), half held out. First run, after twelve questions that
# two pages could answer were made to name their place: MRR@10 0.869, answer-term hit 0.889, citation hit 0.931, answer
# rate 1.000; after names weighing a foreign question's keywords and 25 concept words 0.887 / 0.931 / 0.944 / 1.000.
# Refusal is 5 of 14, not gated.
gate atlas eval/collections/atlas eval/questions/atlas.jsonl \
  --fail-under hybrid.mrr@10=0.86 --fail-under hybrid.citation_hit=0.92 \
  --fail-under hybrid.answer_term_hit=0.90 --fail-under hybrid.answer_rate=0.97

# Six local news articles written on 2026-12-05 (stop 39), run before any change aimed at them (eval/collections/gazette:
# Danish, Swedish, Norwegian, German, Dutch and Finnish; HTML with cookie banners, bylines, captions, share and
# "read also" lines, Markdown and plain text; 55 of 78 questions in English, 12 unanswerable), half held out. First run
# (cf43c0f): MRR@10 0.909, answer-term hit 0.833, citation hit 0.969, answer rate 0.970; after role verbs and
# percentages in words 0.909 / 0.879 / 0.969 / 0.970. Refusal is 6 of 12, not gated.
gate gazette eval/collections/gazette eval/questions/gazette.jsonl \
  --fail-under hybrid.mrr@10=0.88 --fail-under hybrid.citation_hit=0.94 \
  --fail-under hybrid.answer_term_hit=0.85 --fail-under hybrid.answer_rate=0.95

# Eight documents in the formats an intranet holds, written on 2026-12-06 (stop 43) and run before any change aimed at
# them (eval/collections/ledger: a two-column PDF printed by Chromium, a municipal page naming its municipality only in
# its <title>, Markdown, news HTML, plain text, an English council page, a DOCX; 97 questions, 51 across languages, 15
# unanswerable), half held out. First run (0005623): MRR@10 0.807, answer-term hit 0.744, citation hit 0.859, answer
# rate 0.951; after ligatures, PDF lines, cost/change cues, counts, site names and concepts 0.823 / 0.793 / 0.886 /
# 0.963. Refusal 7 of 15, not gated.
gate ledger eval/collections/ledger eval/questions/ledger.jsonl \
  --fail-under hybrid.mrr@10=0.80 --fail-under hybrid.citation_hit=0.86 \
  --fail-under hybrid.answer_term_hit=0.77 --fail-under hybrid.answer_rate=0.94

# Eight longer pages, written on 2026-12-06 (stop 44) and run before any change aimed at them (eval/collections/longform:
# encyclopedia articles with tables, a municipal plan, a news feature with photo credits, a service guide, an annual
# report, a network page in a full site template, a biography; 107 questions, 68 across languages, 15 unanswerable),
# half held out. First run (fa5598a): MRR@10 0.889, answer-term hit 0.848, citation hit 0.944, answer rate 0.978;
# after table rows read with their column names, change cues, names on other pages, relatives, nationalities and
# aldermen 0.897 / 0.946 / 0.989 / 0.989. Refusal 9 of 15, not gated.
gate longform eval/collections/longform eval/questions/longform.jsonl \
  --fail-under hybrid.mrr@10=0.87 --fail-under hybrid.citation_hit=0.96 \
  --fail-under hybrid.answer_term_hit=0.90 --fail-under hybrid.answer_rate=0.96

# Seven council minutes and decision lists, written on 2026-12-06 (stop 45) and run before any change aimed at them
# (eval/collections/minutes: a Swedish protocol printed to PDF, a Norwegian møtebok as DOCX, a Danish referat page in
# a site template, a German Niederschrift, a Dutch besluitenlijst, a Finnish pöytäkirja as plain text, English council
# minutes; 107 questions, 69 across languages, 15 unanswerable), half held out. First run (b32fb38): MRR@10 0.823,
# answer-term hit 0.739, citation hit 0.906, answer rate 0.924; after fields, numbered and § headings, site names,
# deputies, the sentence of the kind asked for, items over sub-headings and meeting concepts 0.843 / 0.859 / 0.912 /
# 0.989. Refusal 6 of 15, not gated.
gate minutes eval/collections/minutes eval/questions/minutes.jsonl \
  --fail-under hybrid.mrr@10=0.81 --fail-under hybrid.citation_hit=0.88 \
  --fail-under hybrid.answer_term_hit=0.83 --fail-under hybrid.answer_rate=0.96

# Seven pages of events, opening hours and collection days, written on 2026-12-06 (stop 45) and run before any change
# aimed at them (eval/collections/events: a culture calendar, Easter opening hours, a waste calendar, a festival
# programme, markets, a library's hours and events, a what's-on page; 104 questions, 71 across languages, 15
# unanswerable), half held out. First run (26cfeac): MRR@10 0.740, answer-term hit 0.708, citation hit 0.819, answer
# rate 0.933; after events' names over their fields, holiday concepts and Swedish round figures 0.756 / 0.775 / 0.847 /
# 0.955; stop 50, fields among fields and repeated labels no headings, 0.758 / 0.820 / 0.884 / 0.966. Refusal 2 of 15,
# not gated.
gate events eval/collections/events eval/questions/events.jsonl \
  --fail-under hybrid.mrr@10=0.74 --fail-under hybrid.citation_hit=0.87 \
  --fail-under hybrid.answer_term_hit=0.80 --fail-under hybrid.answer_rate=0.95

# Seven practical notices, written on 2026-12-06 (stop 46) and run before any change aimed at them
# (eval/collections/notices: a Swedish election FAQ page, a Norwegian job advert as DOCX, a Danish boil-water notice
# as text, a German road closure in Markdown, a Dutch vaccination page with a table, a Finnish school enrolment notice
# printed to PDF, an English gritting page; 107 questions, 71 across languages, 15 unanswerable), half held out. First
# run (b9f939c): MRR@10 0.805, answer-term hit 0.793, citation hit 0.888, answer rate 0.967; after the deadline beside
# a phone number, compounds of phone, rows naming the place, printed contact rows and notice concepts 0.856 / 0.870 /
# 0.933 / 0.967. Refusal 9 of 15, not gated.
gate notices eval/collections/notices eval/questions/notices.jsonl \
  --fail-under hybrid.mrr@10=0.83 --fail-under hybrid.citation_hit=0.90 \
  --fail-under hybrid.answer_term_hit=0.84 --fail-under hybrid.answer_rate=0.94

# Seven encyclopedia articles, written on 2026-12-06 (stop 46) and run before any change aimed at them
# (eval/collections/lexicon: a Swedish town with an infobox and wiki furniture, a Danish biography in Markdown, a
# Norwegian river as text, a German abbey printed to PDF, a Dutch island page, a Finnish company as DOCX, an English
# festival page; 106 questions, 79 across languages, 15 unanswerable), half held out. First run (188719c): MRR@10 0.856,
# answer-term hit 0.846, citation hit 0.920, answer rate 0.967; after the articles' closing sections, escaped footnotes,
# wiki notices and the lead feature 0.875 / 0.879 / 0.932 / 0.967; stop 50, a wiki's tagline without its id is
# furniture, 0.871 / 0.912 / 0.944 / 0.978. Refusal 8 of 15, not gated.
gate lexicon eval/collections/lexicon eval/questions/lexicon.jsonl \
  --fail-under hybrid.mrr@10=0.86 --fail-under hybrid.citation_hit=0.93 \
  --fail-under hybrid.answer_term_hit=0.90 --fail-under hybrid.answer_rate=0.96

# Seven health and care pages, written on 2026-12-06 (stop 47) and run before any change aimed at them
# (eval/collections/care: a Swedish fever-in-children page, a Norwegian tick page in Markdown, a Danish emergency-line
# leaflet printed to PDF, a German hay-fever text, a Dutch out-of-hours GP page, a Finnish dental-care DOCX, an English
# home-care page; 108 questions, 72 across languages, 15 unanswerable), half held out. First run (81c63fc): MRR@10
# 0.819, answer-term hit 0.731, citation hit 0.800, answer rate 0.968; after own-language IDF, care concepts, shares in
# words, the phone as a medium, FAQ headings in PDFs and the block with the number asked for 0.881 / 0.850 / 0.891 /
# 0.989. Refusal 7 of 15, not gated.
gate care eval/collections/care eval/questions/care.jsonl \
  --fail-under hybrid.mrr@10=0.85 --fail-under hybrid.citation_hit=0.84 \
  --fail-under hybrid.answer_term_hit=0.81 --fail-under hybrid.answer_rate=0.95

# Seven climate and environment pages, written on 2026-12-06 (stop 47) after the care set's changes and run before any
# change aimed at them (eval/collections/climate: a Swedish climate plan, a Norwegian air-quality warning as text, a
# Danish cloudburst leaflet printed to PDF, a German heat-protection page in Markdown, a Dutch green-roof subsidy page,
# a Finnish spring-flood notice as DOCX, an English EV-charging page; 106 questions, 74 across languages, 15
# unanswerable), half held out. First run (b6f5867): MRR@10 0.826, answer-term hit 0.758, citation hit 0.841, answer
# rate 0.967; after 21 climate concepts and any quoted address of the best passage 0.849 / 0.769 / 0.874 / 0.956.
# Refusal 9 of 15, not gated.
gate climate eval/collections/climate eval/questions/climate.jsonl \
  --fail-under hybrid.mrr@10=0.82 --fail-under hybrid.citation_hit=0.83 \
  --fail-under hybrid.answer_term_hit=0.73 --fail-under hybrid.answer_rate=0.93

# School, childcare and adult-education pages written on 2026-12-06 (eval/collections/schools: Swedish school transport
# in HTML, Norwegian local news, a Danish folk high school in Markdown, a German adult-education fee table, Dutch news
# on a school merger, a Finnish childcare-fee .docx with a table, an English university article printed to PDF), 94
# of the 104 answerable questions across languages, half held out (first run: MRR@10 0.781, answer-term hit 0.712,
# citation hit 0.880, answer rate 0.885; after names out of the language vote, "how often", school concepts 0.786 /
# 0.731 / 0.894 / 0.904; stop 49, passages that do not repeat their page's scope name scored without it, an address
# line no heading: 0.786 / 0.779 / 0.958 / 0.913). Refusal is 10 of 15 here, so it is not gated.
gate schools eval/collections/schools eval/questions/schools.jsonl \
  --fail-under hybrid.mrr@10=0.76 --fail-under hybrid.citation_hit=0.93 \
  --fail-under hybrid.answer_term_hit=0.75 --fail-under hybrid.answer_rate=0.89

# NorQuAD (CC0; Norwegian Wikipedia and news nobody here wrote, built by scripts/make_norquad.py):
# the gold answer span must be in the answer (answer_term_hit = exact-answer hit). Its 110 English
# translations run on the same index: the cross-lingual path over unseen text.
# Expected documents are an article and its word-for-word copies (the source repeats 119 of its 472).
# Exact answer 0.797 and answer rate 0.998 since the opening question word and names across languages
# (0.790 and 0.992 before; 0.782 without the follower): one or two questions of margin below today. With
# sentences embedded with the page's title (pipeline 13): Norwegian 0.870 / exact 0.799, English MRR@10 0.730 ->
# 0.722 and exact answer 0.609 -> 0.591 (two tune questions), hence the English floors one question lower. Since
# names must be on the page quoted (2026-12-03), "Who is Robert Næss?", answered wrong before, is refused: English
# answer rate 0.964 -> 0.955 (105 of 110), so its floor is one question under that. Stop 46 (the page's opening
# sentence weighed against unless a name is asked, clean CI on 812e318): exact answer 0.837, English 0.664; the
# floors rise to about five questions under those (0.79 -> 0.825, 0.58 -> 0.62). Stop 51 (a question word in a
# clause, reasons beside the best sentence, ages, comma photo credits; clean CI on 4b08487): exact answer 0.843,
# English 0.664; the Norwegian floor 0.825 -> 0.83, six questions under.
gate norquad eval/collections/norquad eval/questions/norquad.jsonl \
  --fail-under hybrid.mrr@10=0.85 --fail-under hybrid.hit@5=0.94 --fail-under hybrid.citation_hit=0.85 \
  --fail-under hybrid.answer_term_hit=0.83 --fail-under hybrid.answer_rate=0.99
ASSISTANT_INDEX_DIR="$work/norquad-index" .venv/bin/assistant eval eval/questions/norquad-en.jsonl \
  --out "$out/norquad-en" \
  --fail-under hybrid.mrr@10=0.71 --fail-under hybrid.hit@5=0.84 --fail-under hybrid.citation_hit=0.68 \
  --fail-under hybrid.answer_term_hit=0.62 --fail-under hybrid.answer_rate=0.945
