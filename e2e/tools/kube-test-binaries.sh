#!/usr/bin/env bash
# Builds kube-apiserver, etcd and kubectl from Go modules and places them where fabric8's
# kube-api-test looks for them in offline mode:
#
#   ${KUBE_TEST_DIR:-$HOME/.kubeapitest}/k8s/<k8s version>-linux-amd64/{kube-apiserver,etcd,kubectl}
#
# From scratch (cold Go build cache) the three builds take about 20 minutes on 2 cores; with the
# binaries cached a run takes well under a second.
#
# Idempotent: binaries already present (and answering --version) are kept, so a second run is a
# no-op. Only the Go module proxy is needed; nothing is downloaded from release hosts.
#
# Why wrapper modules: k8s.io/kubernetes replaces its k8s.io/* staging modules with local paths
# (./staging/src/...), so `go install k8s.io/kubernetes/cmd/kube-apiserver@vX` is refused. A
# wrapper module that requires k8s.io/kubernetes and replaces every staging module by its
# published v0.Y.Z builds the same binary. etcd's server module is built the same way through a
# tiny main that calls etcdmain.Main.
#
# Environment: KUBE_VERSION (default 1.33.4), ETCD_VERSION (default 3.5.21), KUBE_TEST_DIR,
# KUBE_TEST_BUILD_DIR (scratch, default $KUBE_TEST_DIR/build). kubectl is built too (same
# version as the API server) rather than taken from the PATH, so runs do not depend on the host.
set -euo pipefail

KUBE_VERSION="${KUBE_VERSION:-1.33.4}"
ETCD_VERSION="${ETCD_VERSION:-3.5.21}"
KUBE_TEST_DIR="${KUBE_TEST_DIR:-$HOME/.kubeapitest}"
BUILD_DIR="${KUBE_TEST_BUILD_DIR:-$KUBE_TEST_DIR/build}"
TARGET="$KUBE_TEST_DIR/k8s/${KUBE_VERSION}-linux-amd64"
STAGING_VERSION="v0.${KUBE_VERSION#*.}"   # 1.33.4 -> v0.33.4
MAJOR="${KUBE_VERSION%%.*}"
MINOR="${KUBE_VERSION#*.}"; MINOR="${MINOR%%.*}"

export CGO_ENABLED=0 GOFLAGS="-mod=mod -buildvcs=false" GOMAXPROCS="${GOMAXPROCS:-2}"
GO="${GO:-go}"
command -v "$GO" >/dev/null || GO=/usr/local/go/bin/go

log() { printf '[kube-test-binaries] %s\n' "$*" >&2; }

present() { [[ -x "$TARGET/$1" ]] && "$TARGET/$1" "${@:2}" >/dev/null 2>&1; }

mkdir -p "$TARGET" "$BUILD_DIR"

build_kube() { # $1 = binary name (kube-apiserver | kubectl)
  local name="$1" dir="$BUILD_DIR/kubernetes-$KUBE_VERSION"
  mkdir -p "$dir"
  if [[ ! -f "$dir/go.mod" ]]; then
    log "reading k8s.io/kubernetes v$KUBE_VERSION's staging modules from the module proxy"
    local modfile
    modfile="$(cd "$dir" && "$GO" mod download -json "k8s.io/kubernetes@v$KUBE_VERSION" \
      | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')"
    # Keep the go/godebug lines the release expects (same language version and defaults).
    {
      echo "module olifant.dev/kube-test-binaries/kubernetes"
      echo
      grep -E '^(go|godebug) ' "$modfile" || true
      echo
      echo "require k8s.io/kubernetes v$KUBE_VERSION"
      echo
      grep -Eo '^\s*k8s\.io/[a-z0-9-]+ => \./staging/src/k8s\.io/[a-z0-9-]+' "$modfile" \
        | awk -v v="$STAGING_VERSION" '{print "replace " $1 " => " $1 " " v}'
    } > "$dir/go.mod.tmp"
    # The tools file keeps k8s.io/kubernetes required; the binaries are built by package path.
    cat > "$dir/tools.go" <<'GO'
//go:build tools

package tools

import (
	_ "k8s.io/kubernetes/cmd/kube-apiserver/app"
	_ "k8s.io/kubectl/pkg/cmd"
)
GO
    mv "$dir/go.mod.tmp" "$dir/go.mod"
  fi
  local pkg="k8s.io/kubernetes/cmd/$name"
  local ldflags="-s -w"
  for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ldflags+=" -X $p.gitVersion=v$KUBE_VERSION -X $p.gitMajor=$MAJOR -X $p.gitMinor=$MINOR"
    ldflags+=" -X $p.gitTreeState=clean -X $p.buildDate=1970-01-01T00:00:00Z"
  done
  log "building $name v$KUBE_VERSION (several minutes on a cold cache)"
  (cd "$dir" && nice -n 10 "$GO" build -p "$GOMAXPROCS" -tags selinux,notest,grpcnotrace \
      -trimpath -ldflags "$ldflags" -o "$TARGET/$name.tmp" "$pkg")
  mv "$TARGET/$name.tmp" "$TARGET/$name"
}

build_etcd() {
  local dir="$BUILD_DIR/etcd-$ETCD_VERSION"
  mkdir -p "$dir"
  cat > "$dir/go.mod" <<GO
module olifant.dev/kube-test-binaries/etcd

go 1.23

require go.etcd.io/etcd/server/v3 v$ETCD_VERSION
GO
  cat > "$dir/main.go" <<'GO'
// Command etcd is etcd's server built from its published Go module.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() { etcdmain.Main(os.Args) }
GO
  log "building etcd v$ETCD_VERSION"
  (cd "$dir" && nice -n 10 "$GO" build -p "$GOMAXPROCS" -trimpath \
      -ldflags "-s -w" -o "$TARGET/etcd.tmp" .)
  mv "$TARGET/etcd.tmp" "$TARGET/etcd"
}

if present etcd --version; then log "etcd present: $TARGET/etcd"; else build_etcd; fi
if present kube-apiserver --version; then
  log "kube-apiserver present: $TARGET/kube-apiserver"
else
  build_kube kube-apiserver
fi
if present kubectl version --client; then
  log "kubectl present: $TARGET/kubectl"
else
  build_kube kubectl
fi
log "ready: $("$TARGET/kube-apiserver" --version), etcd $("$TARGET/etcd" --version | head -1)"
