#!/usr/bin/env bash
# Fetches PostgreSQL's isolation test specs (src/test/isolation: isolation_schedule, specs/,
# expected/) for the installed PostgreSQL 15 from the distribution's source archive, once, into a
# cache directory, and prints that directory. PostgreSQL's files are never committed here.
set -euo pipefail
version="${PG_SOURCE_VERSION:-$(dpkg-query -W -f='${Version}' postgresql-client-15 2>/dev/null | sed 's/-.*//')}"
version="${version:-15.18}"
cache="${OLIFANT_ISOLATION_CACHE:-$HOME/.cache/olifant/isolation/$version}"
if [[ -f "$cache/isolation_schedule" && -d "$cache/specs" && -d "$cache/expected" ]]; then
    echo "$cache"
    exit 0
fi
tarball="postgresql-15_${version}.orig.tar.bz2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for base in https://deb.debian.org/debian/pool/main/p/postgresql-15 \
        https://deb.debian.org/debian-security/pool/updates/main/p/postgresql-15 \
        https://security.debian.org/debian-security/pool/updates/main/p/postgresql-15 \
        https://ftp.postgresql.org/pub/source/v${version}; do
    name="$tarball"
    [[ "$base" == *ftp.postgresql.org* ]] && name="postgresql-${version}.tar.bz2"
    if curl -fsSL --retry 2 -o "$tmp/src.tar.bz2" "$base/$name"; then
        break
    fi
    rm -f "$tmp/src.tar.bz2"
done
if [[ ! -f "$tmp/src.tar.bz2" ]]; then
    echo "could not download PostgreSQL $version sources" >&2
    exit 1
fi
tar -xjf "$tmp/src.tar.bz2" -C "$tmp" --wildcards "postgresql-${version}/src/test/isolation/*"
mkdir -p "$(dirname "$cache")"
rm -rf "$cache"
mv "$tmp/postgresql-${version}/src/test/isolation" "$cache"
echo "$cache"
