#!/bin/sh
# Install Secretariat for the current user: the program under ~/.local/lib/secretariat,
# a `secretariat` command in ~/.local/bin, the menu entry and the icon.
# Run from the unpacked folder: ./install.sh   (./install.sh --uninstall removes it again)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
lib=$HOME/.local/lib/secretariat
bin=$HOME/.local/bin

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$lib"
    rm -f "$bin/secretariat" "$data/applications/secretariat.desktop" \
          "$data/icons/hicolor/256x256/apps/secretariat.png" \
          "$data/icons/hicolor/scalable/apps/secretariat.svg" \
          "$data/metainfo/org.secretariat.Secretariat.metainfo.xml"
    echo "Secretariat was removed (your databases in $data/Secretariat were kept)."
    exit 0
fi

mkdir -p "$lib" "$bin" "$data/applications" "$data/icons/hicolor/256x256/apps" \
         "$data/icons/hicolor/scalable/apps" "$data/metainfo"
rm -rf "$lib.new"
cp -R "$here/Secretariat" "$lib.new"
rm -rf "$lib"
mv "$lib.new" "$lib"
ln -sf "$lib/secretariat" "$bin/secretariat"
sed "s|^Exec=secretariat|Exec=$lib/secretariat|" "$here/secretariat.desktop" > "$data/applications/secretariat.desktop"
cp "$here/secretariat.png" "$data/icons/hicolor/256x256/apps/secretariat.png"
cp "$here/secretariat.svg" "$data/icons/hicolor/scalable/apps/secretariat.svg"
cp "$here/org.secretariat.Secretariat.metainfo.xml" "$data/metainfo/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Secretariat is installed: start it from the applications menu, or run $bin/secretariat"
