#!/usr/bin/env bash
# Benchmark: standar build / standar check against Hugo on the same generated content.
#
#   bash bench/run.sh [N ...]          default N: 10000
#   make bench SIZES="10000 50000"
#
# Environment: RUNS (runs per tool, default 3; medians are printed), SEED (generator seed, default 1),
# BENCH_DIR (work folder, default .bench/), STANDAR (a standar binary to use instead of building one),
# HUGO (hugo binary, default hugo), BENCH_OUT (where the tools write their sites, default BENCH_DIR; e.g. /dev/shm to
# take the disk out of the comparison: on this VM creating the 20,000 files and folders of a 10,000-service site
# costs several seconds of kernel time, the same for both tools).
#
# Exits non-zero only when something cannot run (build failure, a tool crashing); missed targets are reported,
# not fatal. See bench/README.md.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(10000)
RUNS=${RUNS:-3}
SEED=${SEED:-1}
BENCH=${BENCH_DIR:-$ROOT/.bench}
OUTS=${BENCH_OUT:-$BENCH}
HUGO=${HUGO:-hugo}
TODAY=2026-11-22
# A fixed "today" for review-overdue and anything date-dependent, so that outputs compare byte for byte.
SOURCE_DATE_EPOCH=$(date -u -d "$TODAY 05:00" +%s)
export SOURCE_DATE_EPOCH

for n in "${SIZES[@]}"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: N harus bilangan bulat positif, bukan '$n'" >&2; exit 2; }
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: RUNS harus bilangan bulat positif" >&2; exit 2; }

section() { printf '\n== %s ==\n' "$*"; }
die() { echo "GAGAL: $*" >&2; exit 1; }

mkdir -p "$BENCH/logs"
LOGS="$BENCH/logs"

# ------------------------------------------------------------------------------------------------------------
section "Persiapan"

apt_install() {
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "memasang paket Debian: $*"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >"$LOGS/apt.log" 2>&1 ||
            { apt-get update -qq >>"$LOGS/apt.log" 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >>"$LOGS/apt.log" 2>&1; }
    fi
}
[ -x /usr/bin/time ] || apt_install time
[ -x /usr/bin/time ] || die "/usr/bin/time tidak ada (paket Debian 'time')"
command -v "$HUGO" >/dev/null 2>&1 || apt_install hugo
HAVE_HUGO=1
if ! command -v "$HUGO" >/dev/null 2>&1; then
    HAVE_HUGO=0
    echo "PERINGATAN: hugo tidak ada; perbandingan dengan Hugo dilewati (apt-get install hugo)"
else
    echo "hugo: $("$HUGO" version 2>/dev/null | head -1)"
fi
command -v python3 >/dev/null 2>&1 || die "python3 tidak ada"

if [ -n "${STANDAR:-}" ]; then
    BIN=$STANDAR
else
    echo "membangun standar (release, --scratch-path .build-bench) ..."
    swift build -c release --scratch-path .build-bench --product standar >"$LOGS/swift-build.log" 2>&1 ||
        { tail -30 "$LOGS/swift-build.log" >&2; die "swift build gagal (log: $LOGS/swift-build.log)"; }
    BIN=$ROOT/.build-bench/release/standar
fi
[ -x "$BIN" ] || die "binary standar tidak ada: $BIN"
echo "standar: $BIN"
echo "RUNS=$RUNS SEED=$SEED SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH ($TODAY); $(nproc) CPU, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM"

HSITE=$BENCH/hugo-site
if [ "$HAVE_HUGO" = 1 ]; then
    # A copy, so Hugo's lock file and resources/ never land in the repository.
    rm -rf "$HSITE" && cp -r "$ROOT/bench/hugo" "$HSITE"
fi

# ------------------------------------------------------------------------------------------------------------
# measure KEY LOG cmd...   appends wall, cpu (user+sys) and peak RSS (KiB) of one run to W_/C_/R_ arrays.
declare -A W C R
measure() {
    local key=$1 log=$2; shift 2
    local tf; tf=$(mktemp)
    /usr/bin/time -f '%e %U %S %M' -o "$tf" -- "$@" >"$log" 2>&1
    local rc=$?
    if [ $rc -ne 0 ]; then
        echo "GAGAL ($rc): $*" >&2
        tail -20 "$log" >&2
        rm -f "$tf"
        return $rc
    fi
    # the last line: /usr/bin/time may prepend "Command exited ..." lines
    read -r wall user sys rss < <(tail -1 "$tf")
    rm -f "$tf"
    LAST_WALL=$wall
    LAST_CPU=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
    LAST_RSS=$rss
    W[$key]="${W[$key]:-} $wall"
    C[$key]="${C[$key]:-} $LAST_CPU"
    R[$key]="${R[$key]:-} $rss"
    return 0
}
median() { tr ' ' '\n' <<<"$1" | awk 'NF' | sort -g | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
mib() { [ "$1" = - ] && echo - || awk -v k="$1" 'BEGIN {printf "%.0f", k/1024}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a=="-" || b=="-" || b+0==0) print "-"; else printf "%.1fx", a/b}'; }
fmt() { [ "$1" = - ] && echo - || awk -v x="$1" 'BEGIN {printf "%.2f", x}'; }
# A full build: no output and no build cache (<site>/.standar/cache; .standar-cache in older versions).
clean_standar() { rm -rf "$1" "$1".tmp* "$2/.standar/cache" "$2/.standar-cache" "$1/.standar-cache"; }
outinfo() { printf '%s berkas, %s' "$(find "$1" -type f | wc -l)" "$(du -sh "$1" | cut -f1)"; }

SUMMARY=()
GEN_HASH=$(sha256sum "$ROOT/bench/generate.py" | cut -c1-16)

for N in "${SIZES[@]}"; do
    SITE=$BENCH/site-$N-s$SEED
    OUT_S=$OUTS/out-standar-$N
    OUT_H=$OUTS/out-hugo-$N
    OUT_I=$OUTS/out-standar-inc-$N
    OUT_C=$OUTS/out-standar-clean-$N

    # --------------------------------------------------------------------------------------------------------
    section "N=$N: konten"
    if [ "$(cat "$SITE/.complete" 2>/dev/null)" != "$GEN_HASH" ]; then
        rm -f "$SITE/.complete"
        python3 "$ROOT/bench/generate.py" --count "$N" --seed "$SEED" --out "$SITE" || die "generate.py gagal"
        echo "$GEN_HASH" >"$SITE/.complete"
    else
        echo "memakai konten tersimpan: $SITE/content (N=$N, seed=$SEED)"
    fi
    # Read every file once so that every tool starts from the page cache.
    tar -cf - -C "$SITE" content | cat >/dev/null
    if "$BIN" check --strict --site "$SITE" >"$LOGS/check-strict-$N.log" 2>&1; then
        echo "standar check --strict: $(tail -1 "$LOGS/check-strict-$N.log")"
    else
        echo "PERINGATAN: standar check --strict tidak bersih (log: $LOGS/check-strict-$N.log):"
        grep -E 'error|warning' "$LOGS/check-strict-$N.log" | head -5
        tail -1 "$LOGS/check-strict-$N.log"
    fi

    # --------------------------------------------------------------------------------------------------------
    section "N=$N: $RUNS kali bergantian: standar build (bersih), standar check, hugo"
    for ((r = 1; r <= RUNS; r++)); do
        clean_standar "$OUT_S" "$SITE"
        measure "build:$N" "$LOGS/build-$N.log" "$BIN" build --site "$SITE" --output "$OUT_S" || die "standar build gagal"
        printf '  run %d  standar build  %6.2f s  cpu %6.2f s  %6s MiB\n' "$r" "$LAST_WALL" "$LAST_CPU" "$(mib "$LAST_RSS")"
        measure "check:$N" "$LOGS/check-$N.log" "$BIN" check --site "$SITE" || die "standar check gagal"
        printf '  run %d  standar check  %6.2f s  cpu %6.2f s  %6s MiB\n' "$r" "$LAST_WALL" "$LAST_CPU" "$(mib "$LAST_RSS")"
        if [ "$HAVE_HUGO" = 1 ]; then
            rm -rf "$OUT_H" "$BENCH/hugo-cache"
            measure "hugo:$N" "$LOGS/hugo-$N.log" "$HUGO" --quiet --source "$HSITE" --contentDir "$SITE/content" \
                --destination "$OUT_H" --cacheDir "$BENCH/hugo-cache" || die "hugo gagal"
            printf '  run %d  hugo           %6.2f s  cpu %6.2f s  %6s MiB\n' "$r" "$LAST_WALL" "$LAST_CPU" "$(mib "$LAST_RSS")"
        fi
    done
    BW=$(median "${W[build:$N]}")
    echo "keluaran standar: $(outinfo "$OUT_S")"
    [ "$HAVE_HUGO" = 1 ] && echo "keluaran hugo:    $(outinfo "$OUT_H")"

    # --------------------------------------------------------------------------------------------------------
    section "N=$N: build inkremental"
    FILE=$(find "$SITE/content" -mindepth 2 -name '*.md' ! -name '_index.md' | sort | sed -n "$(((N + 1) / 2))p")
    BACKUP=$BENCH/inc-backup.md
    cp "$FILE" "$BACKUP"
    restore() { if [ -f "$BACKUP" ]; then cp "$BACKUP" "$FILE" && rm -f "$BACKUP"; fi; }
    trap restore EXIT INT TERM

    clean_standar "$OUT_I" "$SITE"
    measure "full:$N" "$LOGS/inc-$N.log" "$BIN" build --site "$SITE" --output "$OUT_I" || die "standar build gagal"
    FULL=$LAST_WALL
    measure "nochange:$N" "$LOGS/inc-$N.log" "$BIN" build --site "$SITE" --output "$OUT_I" || die "standar build gagal"
    NOCHANGE=$LAST_WALL
    printf '\nPerubahan uji inkremental: loket tambahan dibuka setiap Sabtu pukul 08.00–12.00 WIB.\n' >>"$FILE"
    measure "inc:$N" "$LOGS/inc-$N.log" "$BIN" build --site "$SITE" --output "$OUT_I" || die "standar build gagal"
    INC=$LAST_WALL
    INC_RSS=$LAST_RSS
    # A clean build of the same (changed) content, to compare with.
    clean_standar "$OUT_C" "$SITE"
    "$BIN" build --site "$SITE" --output "$OUT_C" >"$LOGS/inc-clean-$N.log" 2>&1 || die "standar build (bersih) gagal"
    restore
    rm -rf "$SITE/.standar/cache" "$SITE/.standar-cache"
    trap - EXIT INT TERM
    echo "berkas diubah: ${FILE#"$SITE"/} (satu kalimat ditambahkan, lalu dikembalikan)"
    # Ratios against the median full build of the runs above (the one-off full build here is one sample).
    pct() { awk -v a="$1" -v b="$BW" 'BEGIN {printf "%.0f%%", 100*a/b}'; }
    printf 'build penuh (median run):  %6.2f s  (build penuh sebelum perubahan: %.2f s)\n' "$BW" "$FULL"
    printf 'build tanpa perubahan:     %6.2f s  (%s dari build penuh)\n' "$NOCHANGE" "$(pct "$NOCHANGE")"
    printf 'build setelah 1 perubahan: %6.2f s  (%s dari build penuh; target < 10%%)  %s MiB\n' "$INC" \
        "$(pct "$INC")" "$(mib "$INC_RSS")"
    if DIFF=$(diff -r "$OUT_I" "$OUT_C" 2>&1); then
        echo "keluaran inkremental vs build bersih: identik"
        IDENT=identik
    else
        echo "keluaran inkremental vs build bersih: BERBEDA"
        head -20 <<<"$DIFF"
        IDENT=berbeda
    fi
    rm -rf "$OUT_C"

    # --------------------------------------------------------------------------------------------------------
    section "N=$N: median dari $RUNS run"
    HW=$(median "${W[hugo:$N]:-}"); HR=$(median "${R[hugo:$N]:-}"); HC=$(median "${C[hugo:$N]:-}")
    BR=$(median "${R[build:$N]}"); BC=$(median "${C[build:$N]}")
    KW=$(median "${W[check:$N]}"); KR=$(median "${R[check:$N]}"); KC=$(median "${C[check:$N]}")
    printf '%-22s %7s %8s %8s %10s %11s %10s\n' tool N "wall s" "CPU s" "RSS MiB" "Hugo/wall" "Hugo/RSS"
    printf '%-22s %7s %8s %8s %10s %11s %10s\n' "standar build" "$N" "$(fmt "$BW")" "$(fmt "$BC")" "$(mib "$BR")" "$(ratio "$HW" "$BW")" "$(ratio "$HR" "$BR")"
    printf '%-22s %7s %8s %8s %10s %11s %10s\n' "standar check" "$N" "$(fmt "$KW")" "$(fmt "$KC")" "$(mib "$KR")" "$(ratio "$HW" "$KW")" "$(ratio "$HR" "$KR")"
    printf '%-22s %7s %8s %8s %10s %11s %10s\n' "standar build 1 ubah" "$N" "$(fmt "$INC")" "-" "$(mib "$INC_RSS")" "$(ratio "$HW" "$INC")" "$(ratio "$HR" "$INC_RSS")"
    printf '%-22s %7s %8s %8s %10s %11s %10s\n' "hugo" "$N" "$(fmt "$HW")" "$(fmt "$HC")" "$(mib "$HR")" "" ""

    # Targets of the issue (reported, never fatal).
    yesno() { awk "BEGIN {exit !($1)}" && echo "ya" || echo "TIDAK"; }
    if [ "$HAVE_HUGO" = 1 ]; then
        case $N in
            10000) echo "target: build >= 10x lebih cepat dari Hugo: $(yesno "$HW >= 10 * $BW")  ($(ratio "$HW" "$BW"))"
                   echo "target: RSS build <= 1/10 Hugo:           $(yesno "$HR >= 10 * $BR")  ($(mib "$BR") vs $(mib "$HR") MiB)" ;;
            50000) echo "target: build >= 15x lebih cepat dari Hugo: $(yesno "$HW >= 15 * $BW")  ($(ratio "$HW" "$BW"))" ;;
        esac
    fi
    [ "$N" = 50000 ] && echo "target: RSS build < 300 MiB:              $(yesno "$BR < 300 * 1024")  ($(mib "$BR") MiB)"
    [ "$N" = 10000 ] && echo "target: check ~1 s:                       $(yesno "$KW <= 1.5")  ($(fmt "$KW") s)"
    echo "target: 1 perubahan < 1/10 build penuh:   $(yesno "$INC < 0.1 * $BW")  ($(fmt "$INC") vs $(fmt "$BW") s); keluaran $IDENT"

    SUMMARY+=("$N $BW $BC $BR $KW $KC $KR $HW $HC $HR $INC $IDENT")
done

# ------------------------------------------------------------------------------------------------------------
section "Ringkasan (median, RUNS=$RUNS)"
printf '%7s | %-23s | %-23s | %-23s | %-9s | %s\n' N "standar build s/CPU/MiB" "standar check s/CPU/MiB" "hugo s/CPU/MiB" "Hugo/std" "1 ubah"
for row in "${SUMMARY[@]}"; do
    read -r N BW BC BR KW KC KR HW HC HR INC IDENT <<<"$row"
    printf '%7s | %7s %7s %7s | %7s %7s %7s | %7s %7s %7s | %4s %4s | %s s, %s\n' "$N" \
        "$(fmt "$BW")" "$(fmt "$BC")" "$(mib "$BR")" "$(fmt "$KW")" "$(fmt "$KC")" "$(mib "$KR")" \
        "$(fmt "$HW")" "$(fmt "$HC")" "$(mib "$HR")" "$(ratio "$HW" "$BW")" "$(ratio "$HR" "$BR")" "$(fmt "$INC")" "$IDENT"
done
if [ ${#SUMMARY[@]} -gt 1 ]; then
    echo "pertumbuhan (detik per 1000 standar; linear bila kira-kira tetap):"
    for row in "${SUMMARY[@]}"; do
        read -r N BW BC BR KW KC KR HW HC HR INC IDENT <<<"$row"
        printf '  N=%-7s build %s  check %s  hugo %s\n' "$N" \
            "$(awk -v t="$BW" -v n="$N" 'BEGIN {printf "%.3f", 1000*t/n}')" \
            "$(awk -v t="$KW" -v n="$N" 'BEGIN {printf "%.3f", 1000*t/n}')" \
            "$(awk -v t="$HW" -v n="$N" 'BEGIN {if (t=="-") print "-"; else printf "%.3f", 1000*t/n}')"
    done
fi
echo "Hugo/std = waktu dan RSS Hugo dibagi milik standar build. Log: $LOGS"
