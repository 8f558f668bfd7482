#!/bin/sh
# Regenerates the THROWAWAY self-signed certificate of the GetCourse sandbox.
# Never trust this certificate (or its key) anywhere outside local tests: the private key is public.
# After running it, update CERT_SPKI_SHA256 in sandbox/tls.js with the hash this script prints.
set -eu
cd "$(dirname "$0")"
# The key is kept when present, so CERT_SPKI_SHA256 only changes when key.pem is deleted first.
[ -f key.pem ] || openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:prime256v1 -out key.pem
openssl req -x509 -key key.pem -out cert.pem -days 3650 \
  -subj "/O=GetCourse sandbox (THROWAWAY, tests only)/CN=school.getcourse.ru" \
  -addext "subjectAltName=DNS:*.getcourse.ru,DNS:getcourse.ru,DNS:*.getcourse.io,DNS:getcourse.io,DNS:h.albato.ru,DNS:h.albato.com,DNS:academy-school.example,DNS:localhost,IP:127.0.0.1" \
  -addext "basicConstraints=critical,CA:FALSE" \
  -addext "keyUsage=critical,digitalSignature" \
  -addext "extendedKeyUsage=serverAuth"
printf 'SPKI sha256 (base64): '
openssl x509 -in cert.pem -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64
