#!/usr/bin/env bash
# Renders printed forms as a person sees them: builds a demo desk, walks orders through the
# procedure, prints the HTML of every form (a contract and an outbound slip, the other forms
# of the same orders, plus contracts of 20 and 45 lines), and has headless Chromium make a PNG
# of each page and a PDF to count the A4 pages. Not part of `npm test`: it needs Debian's
# chromium and CJK fonts:
#   apt-get install -y chromium fonts-noto-cjk
#
# Usage: scripts/screenshot-forms.sh [--lang zh-CN|en] [OUTDIR]   (default: ./forms-preview)
#   --lang zh-CN                                               the forms in Chinese (default: English, bilingual)
#   ORDERDESK_BIN=dist-x/main.cjs scripts/screenshot-forms.sh   to use another build
#   CHROMIUM=/path/to/chrome                                   another browser binary
set -euo pipefail
trap 'echo "screenshot-forms: a step failed (line $LINENO)" >&2' ERR

root=$(cd "$(dirname "$0")/.." && pwd)
lang=en
if [ "${1:-}" = "--lang" ]; then
  lang=${2:?"screenshot-forms: --lang needs zh-CN or en"}
  shift 2
fi
out=${1:-forms-preview}
mkdir -p "$out"
out=$(cd "$out" && pwd)
bin=${ORDERDESK_BIN:-$root/bin/orderdesk}
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [ -z "$chromium" ]; then
  echo "screenshot-forms: no chromium found; install it with: apt-get install -y chromium fonts-noto-cjk" >&2
  exit 2
fi
if [ ! -f "$bin" ] || { [ "$bin" = "$root/bin/orderdesk" ] && [ ! -f "$root/dist/main.cjs" ]; }; then
  echo "screenshot-forms: build first (npm run build), or point ORDERDESK_BIN at a build" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ORDERDESK_DB=$work/desk.db ORDERDESK_TODAY=${ORDERDESK_TODAY:-2026-11-26} ORDERDESK_NO_INPUT=1 NO_COLOR=1 ORDERDESK_USER=li
od() { node "$bin" "$@"; }
# the forms in the language asked for (the walk itself in English: its stdout is read)
pr() { node "$bin" --lang "$lang" print "$@"; }
as() { local u=$1; shift; ORDERDESK_USER=$u ORDERDESK_PIN=123456 node "$bin" "$@"; }

echo "demo desk in $work" >&2
od init --demo >/dev/null
as wang settings set company.name '上海北风贸易有限公司 Northwind Trading (Shanghai) Co., Ltd.' 2>/dev/null
as wang settings set company.address '上海市浦东新区世纪大道88号 88 Century Avenue, Pudong, Shanghai 200120' 2>/dev/null
as wang settings set company.phone '+86 21 5555 0100' 2>/dev/null
as wang settings set company.taxId '91310115MA1K4ABC2X' 2>/dev/null
as wang settings set company.bank '中国工商银行上海浦东支行 ICBC Shanghai Pudong' 2>/dev/null
as wang settings set company.account '1001 2345 6789 0123' 2>/dev/null
od product add --sku CN-TEA --name '西湖龙井茶（特级）' --price 1280.50 --unit 盒 >/dev/null 2>&1
od stock receive --sku CN-TEA --qty 50 >/dev/null 2>&1

# a contract: stock on hand, a Chinese product name, a 30 % deposit
a=$(od inquiry new --customer ALFKI --item NW-011=5 --item NW-001=10 --item CN-TEA=3@1200 --requested +14 --source-ref REC-0042 2>/dev/null)
od stock check "$a" >/dev/null 2>&1
od contract sign "$a" --payment-method transfer --payment-due +7 --deposit 30 >/dev/null 2>&1

# an outbound slip: made to order, approved quotation, paid, produced, sent by logistics
as wang settings set quote.approvalAbove 500 >/dev/null 2>&1
b=$(od inquiry new --customer VINET --item NW-017=20 --item NW-011=4 --channel fax --source-ref FAX-0815 --rush --requested +30 2>/dev/null)
od stock check "$b" --mc-date NW-017=+21 >/dev/null 2>&1
as wang quote approve "$b" >/dev/null 2>&1
od contract sign "$b" --payment-method acceptance-bill --payment-due +10 --deposit 50 >/dev/null 2>&1
as wu payment record "$b" --amount 864 --ref BOC-1200 >/dev/null 2>&1
as wang order confirm "$b" >/dev/null 2>&1
as sun production accept "$b-MO1" --date +18 >/dev/null 2>&1
as sun production done "$b-MO1" >/dev/null 2>&1
od ship "$b" --date +2 --carrier 'SF Express 顺丰速运' >/dev/null 2>&1
as zhou ship send "$b" --tracking SF1234567 >/dev/null 2>&1
as wang settings unset quote.approvalAbove >/dev/null 2>&1

# a production plan change form: made to order, confirmed, then the customer wants more
e=$(od inquiry new --customer VINET --item NW-017=5 --source-ref REC-7 2>/dev/null)
od stock check "$e" --mc-date NW-017=+21 >/dev/null 2>&1
od contract sign "$e" --payment-method transfer --payment-due +7 --deposit 0 >/dev/null 2>&1
as wang order confirm "$e" >/dev/null 2>&1
od change request "$e" --item NW-017=8 --channel fax --source-ref FAX-0901 --note '客户追加3箱' >/dev/null 2>&1
as zhao change decide "$e-CR1" --mc agree --date +28 >/dev/null 2>&1

# contracts of 20 and 45 lines: one page, then page breaks with the table header repeated
for i in $(seq -w 1 45); do
  od product add --sku "PT-$i" --name "精密轴承 6${i}-2RS 深沟球轴承 Deep groove ball bearing" --price "$((10#$i * 7)).50" --unit 套 >/dev/null 2>&1
  od stock receive --sku "PT-$i" --qty 300 >/dev/null 2>&1
done
items() { for i in $(seq -w 1 "$1"); do printf -- '--item PT-%s=%d ' "$i" "$((10#$i * 3))"; done; }
# shellcheck disable=SC2046
c=$(od inquiry new --customer BERGS $(items 20) --source-ref MAIL-2026-1126 2>/dev/null)
od stock check "$c" >/dev/null 2>&1
od contract sign "$c" --payment-method transfer --payment-due +14 >/dev/null 2>&1
# shellcheck disable=SC2046
d=$(od inquiry new --customer BERGS $(items 45) --source-ref MAIL-2026-1127 2>/dev/null)
od stock check "$d" >/dev/null 2>&1
od contract sign "$d" --payment-method transfer --payment-due +14 >/dev/null 2>&1

forms=(contract outbound-slip contract-20-lines contract-45-lines inquiry quotation confirmation sales-order production-order change-form)
pr contract "$a" --out "$out/contract.html"
pr outbound-slip "$b" --out "$out/outbound-slip.html"
pr contract "$c" --out "$out/contract-20-lines.html"
pr contract "$d" --out "$out/contract-45-lines.html"
pr inquiry "$a" --out "$out/inquiry.html"
pr quotation "$b" --out "$out/quotation.html"
pr confirmation "$a" --out "$out/confirmation.html"
pr sales-order "$b" --out "$out/sales-order.html"
pr production-order "$b" --out "$out/production-order.html"
pr change-form "$e" --out "$out/change-form.html"
pr contract "$a" > "$out/contract.txt"
pr outbound-slip "$b" > "$out/outbound-slip.txt"
pr sales-order "$b" > "$out/sales-order.txt"
pr production-order "$b" > "$out/production-order.txt"

chrome() {
  "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/chrome" "$@" >/dev/null 2>&1
}
for f in "${forms[@]}"; do
  # the page as on screen: 210 mm at 150 dpi is 1240 x 1754 pixels
  chrome --hide-scrollbars --window-size=794,1123 --force-device-scale-factor=1.5625 --screenshot="$out/$f.png" "file://$out/$f.html"
  # the page as printed: count the A4 pages (and, with poppler-utils, a PNG of each)
  chrome --no-pdf-header-footer --print-to-pdf="$out/$f.pdf" "file://$out/$f.html"
  pages=$(grep -a -o '/Count [0-9]*' "$out/$f.pdf" | head -1 | cut -d' ' -f2)
  if command -v pdftoppm >/dev/null; then pdftoppm -r 100 -png "$out/$f.pdf" "$out/$f-printed"; fi
  echo "$f: $out/$f.png, $out/$f.pdf ($pages page(s))"
done
