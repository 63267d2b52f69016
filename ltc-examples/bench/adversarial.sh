#!/usr/bin/env bash
# Issue 17's adversarial set, reproducible: every command against special files for every file argument,
# --out targets that are not files, a SIGKILL mid-write, XSS / Markdown / terminal-escape / bidi payloads,
# damaged encodings and JSON, planted personal data in every readable field, small counts in summaries, and
# provenance digests of two identical runs without --created-at. Prints one line per case that did not hold
# and the totals; exit 0 only when every case held.
#
# Build the jar first, then run from the project root:
#   mvn -B -ntp -q -DskipTests package && bash ltc-examples/bench/adversarial.sh
# Minutes of CPU (a JVM per case); needs mkfifo and timeout. KEEP=1 keeps the work folder.
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
JAR=$ROOT/ltc-examples/target/ltc.jar
SAMPLE=$ROOT/ltc-examples/src/main/resources/org/ltc/examples/sample
CAPS=$SAMPLE/capacities.csv
CAPS_JSON=$SAMPLE/millbrook-capacities.json
[ -f "$JAR" ] || { echo "build the jar first: mvn -B -ntp -q -DskipTests package" >&2; exit 1; }
W=$(mktemp -d /tmp/ltc-adversarial.XXXXXX)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$W"' EXIT
cd "$W"
HELD=0
NOT=0
declare -A CLASS_HELD CLASS_NOT

# A hang guard, not a speed measure: 60 s for what must be refused at once, 600 s for work (T=600).
ltc() { timeout "${T:-60}" java -Xmx1g -jar "$JAR" "$@"; }
work() { T=600 ltc "$@"; }

# record CLASS NAME STATUS DETAIL: STATUS 0 = held.
record() {
    if [ "$3" = 0 ]; then
        HELD=$((HELD + 1)); CLASS_HELD[$1]=$(( ${CLASS_HELD[$1]:-0} + 1 ))
    else
        NOT=$((NOT + 1)); CLASS_NOT[$1]=$(( ${CLASS_NOT[$1]:-0} + 1 ))
        echo "NOT HELD [$1] $2: ${4:-}"
    fi
}

# A one-line error: no stack trace, at most two lines on stderr (or a usage error's one line followed by the
# command's usage, as picocli prints it), no raw control characters.
one_line() {
    ! grep -q -e $'\tat ' -e 'Exception in thread' "$1" && ! grep -q $'\e' "$1" \
        && { [ "$(wc -l <"$1")" -le 2 ] || sed -n 2p "$1" | grep -q '^Usage: '; }
}

# refused CLASS NAME ARGS...: exit 2 with a one-line error, within the timeout (a hang is exit 124).
refused() {
    local class=$1 name=$2; shift 2
    ltc "$@" >out.txt 2>err.txt
    local rc=$? ok=0
    [ $rc -eq 2 ] && one_line err.txt || ok=1
    record "$class" "$name" $ok "exit $rc: $(head -c 240 err.txt | tr '\n' ' ')"
}

# ok CLASS NAME ARGS...: exit 0 (or 3, ltc check's concerns), nothing raw on the terminal.
ok() {
    local class=$1 name=$2; shift 2
    work "$@" >out.txt 2>err.txt
    local rc=$? ok=0
    { [ $rc -eq 0 ] || [ $rc -eq 3 ]; } && ! grep -q $'\e' out.txt err.txt || ok=1
    record "$class" "$name" $ok "exit $rc: $(head -c 240 err.txt | tr '\n' ' ')"
}

# ------------------------------------------------------------------ fixtures
cat >names.txt <<'EOF'
Dana Whitfield
Maria Lopez
Siobhan O'Neil
José García
EOF
python3 - <<'EOF'
import csv, random
r = random.Random(17)
planted = {  # kind -> text planted; each must be gone from every output
    "phone": "270/555/0119", "phone-fw": "２７０-５５５-０１４２", "phone-zw": "270-55\u200b5-0177",
    "email": "jo.smith@example.org", "email-fw": "ann＠example.net", "email-spelled": "jane at gmail dot com",
    "ssn": "078-05-1120", "card": "4111 1111 1111 1111", "profile": "facebook.com/dana.whitfield77",
    "handle": "@mlopez_bg", "birth": "born 03/14/1987", "name-apos": "Siobhan O\u2019Neil",
    "name-nfd": "Jose\u0301 Garci\u0301a", "address": "214 Elm Street",
}
words = "buses library park hours sidewalks trees more open later safer streets teens room quiet study".split()
rows = []
items = list(planted.items())
for i in range(28):
    p = i % 14
    hood = "East End" if p < 7 else "Riverside"
    if i == 5: hood = "214 Elm Street"
    if i == 9: hood = "Maria Lopez"
    kind, secret = items[i % len(items)]
    text = " ".join(r.choice(words) for _ in range(4)) + " " + secret + " " + " ".join(r.choice(words) for _ in range(4))
    title = "Meeting at Dana Whitfield's house (call 270-555-0199)" if i % 2 == 0 else "Book club"
    pid = "maria.lopez" if p == 3 else "p%d" % p
    rows.append({"id": "n%d" % i, "conversation": title, "participant": pid, "neighbourhood": hood, "text": text})
with open("town.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["id", "conversation", "participant", "neighbourhood", "text"])
    w.writeheader(); w.writerows(rows)
with open("secrets.txt", "w", encoding="utf-8") as f:
    for s in list(planted.values()) + ["Dana", "Whitfield", "270-555-0199", "maria.lopez", "Maria"]:
        f.write(s + "\n")
# Hostile payloads in notes, a segment value and a title.
pay = ["<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "[click](javascript:alert(1))",
       "\x1b]0;pwned\x07 window title", "\x1b]52;c;cGF5bG9hZA==\x07 clipboard", "\x1b[2J clear screen",
       "\u202eevil override", "**bold** _x_ `code` | pipe"]
with open("hostile.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["id", "conversation", "participant", "neighbourhood", "text"])
    for i in range(28):
        w.writerow(["h%d" % i, pay[i % 3] if i % 5 == 0 else "Library night", "p%d" % (i % 14),
                    pay[(i + 1) % len(pay)] if i % 7 == 0 else "North", "More buses please " + pay[i % len(pay)]])
EOF
CSV=(--text-column text --note-id-column id --conversation-column conversation --participant-column participant
     --segment-column neighbourhood)
work import --csv town.csv "${CSV[@]}" --redact-names names.txt --out set.json >/dev/null 2>&1 || echo "fixture: import failed"
work theme --input set.json --themer codebook --out T >/dev/null 2>&1 || echo "fixture: theme failed"
work run --csv town.csv "${CSV[@]}" --redact-names names.txt --themer codebook --capacities "$CAPS" --out R \
    >run.out 2>&1 || echo "fixture: run failed: $(head -3 run.out)"
work simulate --communities 40 --seed 3 --out S >/dev/null 2>&1 || echo "fixture: simulate failed"
mkfifo fifo
mkdir folder
ln -s "$W/town.csv" link.csv
ln -s "$W/victim.txt" outlink
echo "keep me" >victim.txt

# ------------------------------------------------------------------ special files for every file argument
declare -a FILEARGS=(
    "import --csv @ --text-column text --out x.json"
    "import --csv town.csv --text-column text --redact-names @ --out x.json"
    "import --csv town.csv --text-column text --conversations @ --out x.json"
    "import --csv town.csv --text-column text --guide @ --out x.json"
    "theme --input @ --themer codebook"
    "theme --csv @ --text-column text --themer codebook"
    "theme --csv town.csv --text-column text --redact-names @ --themer codebook"
    "report --input @ --out rep"
    "run --input @ --themer codebook --capacities $CAPS --out rr"
    "run --csv town.csv --text-column text --themer codebook --capacities @ --out rr"
    "run --csv town.csv --text-column text --themer codebook --capacities $CAPS --review @ --out rr"
    "plan --knowledge @ --assessment R/stage-assessment.json --capacities $CAPS_JSON"
    "plan --knowledge R/public-knowledge.json --assessment @ --capacities $CAPS_JSON"
    "plan --knowledge R/public-knowledge.json --assessment R/stage-assessment.json --capacities @"
    "check @"
    "check R/action-plan.json --knowledge @"
    "check R/action-plan.json --catalogue @"
    "calibrate --input @"
    "calibrate --input R/public-knowledge.json --ratings @"
    "calibrate --input R/public-knowledge.json --content @"
    "calibrate --cases @ --framework S/framework.json"
    "calibrate --input R/public-knowledge.json --set ltc.calibration.lexicon.file=@ --calibrator lexicon"
    "calibrate --cases S/cases.csv --calibrator logistic --set ltc.calibration.logistic.modelFile=@"
    "evaluate --input @ --text-column text --label-column neighbourhood"
    "agreement --input @ --metric krippendorff"
    "experiment --cases @ --stage-column stage"
    "experiment --spec @"
    "validate @"
    "approve @ --by Ana"
)
for spec in "${FILEARGS[@]}"; do
    for kind in fifo /dev/zero folder; do
        read -r -a args <<<"${spec//@/$kind}"
        refused special-file "${spec%% *} ${spec#* } <- $kind" "${args[@]}"
    done
done

# ------------------------------------------------------------------ --out targets that are not what they should be
refused out-target "import --out fifo" import --csv town.csv --text-column text --out fifo
refused out-target "import --out /dev/full" import --csv town.csv --text-column text --out /dev/full
refused out-target "import --out symlink" import --csv town.csv --text-column text --out outlink
refused out-target "import --out ''" import --csv town.csv --text-column text --out ""
refused out-target "plan --out symlink" plan --knowledge R/public-knowledge.json --assessment R/stage-assessment.json \
    --capacities "$CAPS_JSON" --out outlink
refused out-target "calibrate --out fifo" calibrate --input R/public-knowledge.json --out fifo
refused out-target "theme --out a file" theme --input set.json --themer codebook --out victim.txt
refused out-target "simulate --out a file" simulate --communities 5 --out victim.txt
refused out-target "schema --out a file" schema --out victim.txt
refused out-target "experiment --out a file" experiment --cases S/cases.csv --stage-column stage --out victim.txt
record out-target "the symlink's target is untouched" "$([ "$(cat victim.txt)" = "keep me" ]; echo $?)"
record out-target "the FIFO is still a FIFO" "$([ -p fifo ]; echo $?)"

# ------------------------------------------------------------------ SIGKILL mid-write
kill_mid_write() {
    local name=$1 dir=$2 after=$3; shift 3
    local before
    before=$(cd "$dir" && find . -maxdepth 1 -type f ! -name '.*' -exec md5sum {} + | sort)
    timeout 120 java -Xmx1g -jar "$JAR" "$@" >/dev/null 2>&1 &
    local pid=$!
    sleep "$after"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    local after_sums whole=0
    after_sums=$(cd "$dir" && find . -maxdepth 1 -type f ! -name '.*' -exec md5sum {} + | sort)
    # Every file is the old one (the kill came first) or the run completed: never a 0-byte or half file.
    [ "$before" = "$after_sums" ] || [ -z "$(find "$dir" -maxdepth 1 -type f -size 0)" ] || whole=1
    record kill "$name: old outputs whole after SIGKILL" $whole "$(ls -la "$dir")"
}
work simulate --communities 60 --seed 1 --out K >/dev/null 2>&1
kill_mid_write "simulate" K 4 simulate --communities 1000000 --seed 2 --out K
work simulate --communities 60 --seed 1 --out K >/dev/null 2>&1
left=$(find K -name '*.tmp' | wc -l)
record kill "simulate: no .tmp left after the next run" "$([ "$left" = 0 ]; echo $?)" "$left left"
if [ -d "$ROOT/../shared/data/polis-bowling-green" ]; then
    work theme --polis "$ROOT/../shared/data/polis-bowling-green" --themer codebook --out KT >/dev/null 2>&1
    kill_mid_write "theme" KT 3 theme --polis "$ROOT/../shared/data/polis-bowling-green" --themer lda --out KT
    work theme --input set.json --themer codebook --out KT >/dev/null 2>&1
    left=$(find KT -name '*.tmp' | wc -l)
    record kill "theme: no .tmp left after the next run" "$([ "$left" = 0 ]; echo $?)" "$left left"
fi

# ------------------------------------------------------------------ hostile payloads
ok payload "run on hostile notes" run --csv hostile.csv "${CSV[@]}" --themer codebook --capacities "$CAPS" --out H
cp out.txt hostile-run.out; cp err.txt hostile-run.err
ok payload "theme summary on hostile notes" theme --csv hostile.csv "${CSV[@]}" --themer codebook
python3 - "$W" <<'EOF' >payload.txt
import json, os, re, sys
w = sys.argv[1]
def read(p):
    try: return open(os.path.join(w, p), encoding="utf-8").read()
    except OSError: return ""
html, md = read("H/index.html"), read("H/share-back.md")
out = read("hostile-run.out") + read("hostile-run.err") + read("out.txt") + read("err.txt")
def case(name, held): print(("0" if held else "1") + "\t" + name)
case("html: no live <img onerror>", "<img src=x" not in html)
case("html: no live <script>", "<script>alert" not in html)
case("html: no javascript: link", not re.search(r"href=[\"']?\s*javascript:", html, re.I))
live_link = re.compile(r"(?<!\\)\]\(javascript:")
case("html: every U+202E isolated", all(html.rfind("<bdi>", 0, m.start()) > html.rfind("</bdi>", 0, m.start())
     or html.rfind("\u2068", 0, m.start()) > html.rfind("\u2069", 0, m.start()) for m in re.finditer("\u202e", html)))
case("share-back.md: no raw HTML", "<img" not in md and "<script" not in md)
case("share-back.md: no javascript: link", not live_link.search(md))
case("terminal: no raw ESC or BEL", "\x1b" not in out and "\x07" not in out)
case("terminal: no raw U+202E", "\u202e" not in out)
# A plan edited by hand with a hostile title and action, checked with --share-back.
plan = json.load(open(os.path.join(w, "R/action-plan.json"), encoding="utf-8"))
d = plan["data"]
d["title"] = "<img src=x onerror=alert(1)> [x](javascript:alert(1)) \x1b]0;t\x07"
for a in d.get("actions", [])[:1]:
    a["title"] = "<script>alert(1)</script> **now**"
json.dump(plan, open(os.path.join(w, "hostile-plan.json"), "w", encoding="utf-8"))
EOF
while IFS=$'\t' read -r s name; do record payload "$name" "$s"; done <payload.txt
work check hostile-plan.json --share-back hostile-share.md >out.txt 2>err.txt
rc=$?
record payload "check --share-back on a hostile plan runs" "$([ $rc = 0 ] || [ $rc = 3 ] || [ $rc = 2 ]; echo $?)" "exit $rc"
record payload "check: no raw ESC on the terminal" "$(! grep -q $'\e' out.txt err.txt; echo $?)"
if [ -f hostile-share.md ]; then
    record payload "check --share-back: no raw HTML" "$(! grep -q -e '<img' -e '<script' hostile-share.md; echo $?)"
    record payload "check --share-back: no javascript: link" "$(! grep -qP '(?<!\\)\]\(javascript:' hostile-share.md; echo $?)"
fi

# ------------------------------------------------------------------ damaged encodings and JSON
python3 - <<'EOF'
good = "text\n" + "".join("note number %d about the buses\n" % i for i in range(30))
open("badutf8.csv", "wb").write(good.encode().replace(b"number 17", b"number \xc3\x28 17"))
open("utf16.csv", "wb").write(good.encode("utf-16-le"))
open("twobom.csv", "wb").write(b"\xef\xbb\xbf\xef\xbb\xbf" + good.encode())
open("nul.csv", "wb").write(good.encode().replace(b"number 5 ", b"number \x00 5 "))
open("header.csv", "w").write("text\n")
open("dupheader.csv", "w").write("text,text\na,b\n")
open("quotes.csv", "w").write('text\n"an unclosed quote\nmore\n')
open("bigcount.csv", "w").write("text,agrees\nhello there,2147483648\n")
import json
s = json.load(open("set.json"))
raw = json.dumps(s)
open("trunc.json", "w").write(raw[: len(raw) // 2])
open("dupkey.json", "w").write(raw.replace('"id": ', '"id": "x", "id": ', 1))
n = s["data"]["notes"][0]
for name, val in [("agrees-string", "3"), ("agrees-float", 2.5)]:
    n2 = dict(n); n2["agrees"] = val; s2 = json.loads(raw); s2["data"]["notes"][0] = n2
    json.dump(s2, open(name + ".json", "w"))
n2 = dict(n); n2["text"] = 42; s2 = json.loads(raw); s2["data"]["notes"][0] = n2; json.dump(s2, open("text-number.json", "w"))
s2 = json.loads(raw); s2["data"]["notes"] = None; json.dump(s2, open("notes-null.json", "w"))
deep = "[" * 5000 + "]" * 5000
open("deep.json", "w").write(deep)
EOF
refused encoding "invalid UTF-8 names its line" import --csv badutf8.csv --text-column text --out x.json
grep -q "line 19" err.txt; record encoding "invalid UTF-8: the error names line 19 (note 17)" $? "$(head -c 200 err.txt)"
work import --csv badutf8.csv --text-column text --lenient --out lenient.json >/dev/null 2>&1
record encoding "invalid UTF-8 with --lenient keeps the other 29 rows" \
    "$(python3 -c "import json;print(0 if len(json.load(open('lenient.json'))['data']['notes'])==29 else 1)" 2>/dev/null || echo 1)"
refused encoding "UTF-16 without a BOM" import --csv utf16.csv --text-column text --out x.json
grep -qi "utf-16" err.txt && ! grep -qaP '\x00' err.txt; record encoding "UTF-16: said so, no NULs in the error" $?
ok encoding "two BOMs read as one" import --csv twobom.csv --text-column text --out x.json
refused encoding "a NUL byte" import --csv nul.csv --text-column text --out x.json
refused encoding "a header-only CSV" import --csv header.csv --text-column text --out x.json
refused encoding "duplicate header names" import --csv dupheader.csv --text-column text --out x.json
refused encoding "an unclosed quote" import --csv quotes.csv --text-column text --out x.json
refused encoding "a count out of range" import --csv bigcount.csv --text-column text --agrees-column agrees --out x.json
! grep -q "whole number" err.txt; record encoding "out of range is not 'not a whole number'" $?
for f in trunc dupkey agrees-string agrees-float text-number notes-null deep; do
    refused json "validate $f.json" validate $f.json
    refused json "theme --input $f.json" theme --input $f.json --themer codebook
done

# ------------------------------------------------------------------ planted personal data in every readable field
work import --csv town.csv "${CSV[@]}" --redact-names names.txt --out P/set.json >P-import.txt 2>&1
work theme --input P/set.json --themer codebook --out P >P-theme.txt 2>&1
work theme --csv town.csv "${CSV[@]}" --redact-names names.txt --themer codebook --out PD >P-direct.txt 2>&1
work report --input P/report.json --out P >P-report.txt 2>&1
work check R/action-plan.json --knowledge R/public-knowledge.json --share-back P/share-back.md >P-check.txt 2>&1
work plan --knowledge R/public-knowledge.json --assessment R/stage-assessment.json --capacities "$CAPS_JSON" \
    --out P/plan.json >P-plan.txt 2>&1
work calibrate --input P/set.json --out P/stage.json >P-calibrate.txt 2>&1
cp run.out P-run.txt
python3 - "$W" <<'EOF' >planted.txt
import os, re, sys, unicodedata
w = sys.argv[1]
text = ""
for d in ["P", "PD", "R"]:
    for root, _, files in os.walk(os.path.join(w, d)):
        for f in files:
            text += open(os.path.join(root, f), encoding="utf-8", errors="replace").read() + "\n"
for f in os.listdir(w):
    if f.startswith("P-") and f.endswith(".txt"):
        text += open(os.path.join(w, f), encoding="utf-8", errors="replace").read()
folded = unicodedata.normalize("NFKC", re.sub("[\u200b-\u200f\u2060\ufeff]", "", text)).replace("\u2019", "'")
for s in open(os.path.join(w, "secrets.txt"), encoding="utf-8").read().splitlines():
    f = unicodedata.normalize("NFKC", re.sub("[\u200b-\u200f\u2060\ufeff]", "", s)).replace("\u2019", "'")
    digits = re.sub(r"\D", "", f)
    found = s in text or f.lower() in folded.lower()
    if len(digits) >= 7:
        found = found or re.search(r"(?<!\d)" + r"\D{0,3}".join(digits) + r"(?!\d)", folded) is not None
    print(("1" if found else "0") + "\t" + s)
EOF
while IFS=$'\t' read -r s name; do record planted "'$name' gone from every output" "$s"; done <planted.txt

# ------------------------------------------------------------------ no count of people under k where a person reads
work plan --knowledge R/public-knowledge.json --assessment R/stage-assessment.json --capacities "$CAPS_JSON" >out.txt 2>&1
! grep -qE '(^|[^0-9])[1-4] (participants|people)' out.txt
record small-count "plan's summary shows no count under 5" $? "$(grep -E '(^|[^0-9])[1-4] (participants|people)' out.txt | head -2)"
work theme --input set.json --themer codebook >out.txt 2>&1
! grep -qE '(^|[^0-9])[1-4] (participants|people)' out.txt
record small-count "theme's summary shows no count under 5" $?
! grep -qE '(^|[^0-9])[1-4] (participants|people)' R/index.html R/share-back.md R/review.csv
record small-count "run's page, share-back and review sheet show no count under 5" $?

# ------------------------------------------------------------------ two identical runs, no --created-at: same digests
digests() { python3 - "$@" <<'EOF'
import json, sys
def walk(o, out):
    if isinstance(o, dict):
        for k, v in o.items():
            # Digests of data (inputSha256, themeSetSha256, sha256.report...), not the draft step's
            # sha256.<file> of the bytes the team reviewed, which hold the time the files were made.
            if (k.endswith("Sha256") or k.endswith("sha256") or k == "sha256.report"):
                out.append((k, v))
            walk(v, out)
    elif isinstance(o, list):
        for v in o: walk(v, out)
out = []
for f in sys.argv[1:]:
    walk(json.load(open(f, encoding="utf-8")), out)
print(json.dumps(out))
EOF
}
same() { # NAME FILES-OF-RUN-A -- FILES-OF-RUN-B
    local name=$1; shift
    local a=() b=() side=a
    for f in "$@"; do if [ "$f" = -- ]; then side=b; elif [ $side = a ]; then a+=("$f"); else b+=("$f"); fi; done
    local da db
    da=$(digests "${a[@]}" 2>/dev/null) && db=$(digests "${b[@]}" 2>/dev/null) && [ -n "$da" ] && [ "$da" = "$db" ]
    record digest "$name" $? "$(diff <(echo "$da" | tr '[' '\n') <(echo "$db" | tr '[' '\n') | head -4 | tr '\n' ' ')"
}
for i in 1 2; do
    work import --csv town.csv "${CSV[@]}" --redact-names names.txt --out D$i/set.json >/dev/null 2>&1
    for t in codebook kmeans lda; do
        work theme --input D1/set.json --themer $t --out D$i/$t >/dev/null 2>&1
    done
    work calibrate --input D1/set.json --out D$i/stage.json >/dev/null 2>&1
    work calibrate --input D1/codebook/public-knowledge.json --calibrator lexicon --out D$i/stage-lexicon.json >/dev/null 2>&1
    work plan --knowledge D1/codebook/public-knowledge.json --assessment D1/stage.json --capacities "$CAPS_JSON" \
        --out D$i/plan.json >/dev/null 2>&1
    work run --csv town.csv "${CSV[@]}" --redact-names names.txt --themer codebook --capacities "$CAPS" \
        --out D$i/run >/dev/null 2>&1
    sleep 1
done
for t in codebook kmeans lda; do
    same "theme --themer $t: input and theme-set digests" D1/$t/theme-set.json D1/$t/public-knowledge.json \
        -- D2/$t/theme-set.json D2/$t/public-knowledge.json
done
same "import then theme: the set's digest does not carry its creation time" D1/codebook/theme-set.json -- \
    "$(work theme --input D2/set.json --themer codebook --out D2/again >/dev/null 2>&1; echo D2/again/theme-set.json)"
same "calibrate (signals)" D1/stage.json -- D2/stage.json
same "calibrate (lexicon)" D1/stage-lexicon.json -- D2/stage-lexicon.json
same "plan" D1/plan.json -- D2/plan.json
same "run: report and every document" D1/run/report.json D1/run/theme-set.json D1/run/public-knowledge.json \
    D1/run/stage-assessment.json D1/run/action-plan.json -- D2/run/report.json D2/run/theme-set.json \
    D2/run/public-knowledge.json D2/run/stage-assessment.json D2/run/action-plan.json

# ------------------------------------------------------------------ totals
echo
for c in "${!CLASS_HELD[@]}" "${!CLASS_NOT[@]}"; do echo "$c"; done | sort -u | while read -r c; do
    printf '%-14s held %3d  not held %3d\n' "$c" "${CLASS_HELD[$c]:-0}" "${CLASS_NOT[$c]:-0}"
done
echo "adversarial set: $((HELD + NOT)) cases, $HELD held, $NOT not held"
[ "$NOT" = 0 ]
