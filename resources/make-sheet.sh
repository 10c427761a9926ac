#!/bin/sh
# Renders resources/icons/*.svg into a labelled contact sheet (48 px per icon) on a light and on a
# dark background, side by side, and re-renders the 256 px app icon PNG from postier.svg.
# Needs ImageMagick (convert, montage) and rsvg-convert (librsvg2-bin), which ImageMagick uses as
# its SVG delegate.
#   resources/make-sheet.sh [OUTPUT]      default OUTPUT: /tmp/icons-sheet.png
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-/tmp/icons-sheet.png}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

convert -background none "$here/postier.svg" -resize 256x256 -define png:exclude-chunks=date,time "$here/postier.png"

for bg in light dark; do
  mkdir -p "$tmp/$bg"
  if [ "$bg" = light ]; then colour='#FAFAFA'; text='#1A202C'; else colour='#1E1F22'; text='#E2E8F0'; fi
  for svg in "$here"/icons/*.svg; do
    name=$(basename "$svg" .svg)
    rsvg-convert -w 48 -h 48 "$svg" -o "$tmp/$bg/$name.png"
  done
  rsvg-convert -w 48 -h 48 "$here/postier.svg" -o "$tmp/$bg.app.png"
  montage -font DejaVu-Sans -pointsize 10 -fill "$text" -background "$colour" \
    -label '%t' "$tmp/$bg"/*.png -label 'postier (app)' "$tmp/$bg.app.png" \
    -tile 9x -geometry 120x70+4+4 "$tmp/sheet-$bg.png"
done
convert "$tmp/sheet-light.png" "$tmp/sheet-dark.png" -append "$out"
echo "$out"
