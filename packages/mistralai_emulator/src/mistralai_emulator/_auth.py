"""Credentials the emulator accepts, and the OAuth2 token endpoint that issues them.

Three kinds of secret exist:

* static keys: the La Plateforme API key (``Authorization: Bearer``), Azure keys (Bearer on the
  serverless surface, ``api-key`` on Foundry), static Entra ID tokens (Bearer on Foundry) and
  static Vertex access tokens (Bearer on Vertex);
* issued tokens: what ``POST /token`` hands out for a JWT-bearer grant, valid on the Azure and
  Vertex surfaces until they expire (lifetime configurable so refresh logic can be tested);
* service-account keys: RSA keys the emulator generates and writes as Google's standard JSON key
  file. google-auth signs an RS256 JWT with the private key and posts it to ``token_uri``; the
  emulator verifies the signature with the public half, and checks ``iss``, ``aud`` and ``exp``.

JWT verification is implemented here with ``cryptography`` (a dozen lines) rather than a JWT
library, so every check the real service makes is visible in one function.
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
TOKEN_PATH = "/token"
#: Where the official 2.x Azure client sends OCR, under the endpoint's base (Foundry's too).
AZURE_OCR_PATH = "/providers/mistral/azure/ocr"

DEFAULT_API_KEY = "emulator-api-key"
DEFAULT_AZURE_KEY = "emulator-azure-key"
DEFAULT_ENTRA_TOKEN = "emulator-entra-token"
DEFAULT_VERTEX_TOKEN = "emulator-vertex-token"

GOOGLE_TOKEN_AUDIENCE = "https://oauth2.googleapis.com/token"
"""The audience google-auth signs service-account assertions for, whatever the ``token_uri``
(google-auth hard-codes it; Google's endpoint checks it). The emulator accepts it, or its own
token URI."""

_CLOCK_SKEW = 60.0
"""Seconds of leeway on ``iat``/``exp``, as Google's own verifiers allow."""


class TokenError(Exception):
    """The grant was refused; ``error`` is the OAuth2 error code (RFC 6749 section 5.2)."""

    def __init__(self, error: str, description: str) -> None:
        super().__init__(description)
        self.error = error
        self.description = description


def _b64url_decode(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


@dataclass
class ServiceAccount:
    client_email: str
    project_id: str
    key_id: str
    private_key: rsa.RSAPrivateKey

    def key_file(self, token_uri: str) -> dict[str, str]:
        """The standard Google service-account JSON key file, pointing at the emulator."""
        pem = self.private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        return {
            "type": "service_account",
            "project_id": self.project_id,
            "private_key_id": self.key_id,
            "private_key": pem,
            "client_email": self.client_email,
            "client_id": str(int(self.key_id[:12], 16)),
            "auth_uri": token_uri.rsplit("/", 1)[0] + "/auth",
            "token_uri": token_uri,
            "auth_provider_x509_cert_url": token_uri.rsplit("/", 1)[0] + "/certs",
            "client_x509_cert_url": token_uri.rsplit("/", 1)[0] + "/certs/" + self.client_email,
            "universe_domain": "googleapis.com",
        }


@dataclass
class Credentials:
    """Every secret the emulator accepts. Thread-safe: tests mutate it from their own thread."""

    api_keys: set[str] = field(default_factory=lambda: {DEFAULT_API_KEY})
    azure_keys: set[str] = field(default_factory=lambda: {DEFAULT_AZURE_KEY})
    entra_tokens: set[str] = field(default_factory=lambda: {DEFAULT_ENTRA_TOKEN})
    vertex_tokens: set[str] = field(default_factory=lambda: {DEFAULT_VERTEX_TOKEN})
    token_lifetime: float = 3600.0
    """Seconds an issued token stays valid (``expires_in``)."""
    token_delay: float = 0.0
    """Seconds the token endpoint waits before answering (to test non-blocking refresh)."""
    issued: dict[str, float] = field(default_factory=dict)
    service_accounts: dict[str, ServiceAccount] = field(default_factory=dict)
    grants: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def reset(self) -> None:
        """Forget issued tokens and the grant count (keys and service accounts stay)."""
        with self._lock:
            self.issued.clear()
            self.grants = 0

    def token_valid(self, token: str) -> bool:
        with self._lock:
            expiry = self.issued.get(token)
        return expiry is not None and time.time() < expiry

    def service_account(self, project_id: str) -> ServiceAccount:
        """The service account of ``project_id``, generated on first use."""
        with self._lock:
            for account in self.service_accounts.values():
                if account.project_id == project_id:
                    return account
        # Key generation takes tens of milliseconds: do it outside the lock.
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        account = ServiceAccount(
            client_email=f"emulator@{project_id}.iam.gserviceaccount.com",
            project_id=project_id,
            key_id=secrets.token_hex(20),
            private_key=key,
        )
        with self._lock:
            self.service_accounts.setdefault(account.client_email, account)
            return self.service_accounts[account.client_email]

    def write_key_file(self, path: str | Path, token_uri: str, project_id: str) -> Path:
        target = Path(path)
        data = self.service_account(project_id).key_file(token_uri)
        target.write_text(json.dumps(data, indent=2), encoding="utf-8")
        return target

    def grant(self, form: Mapping[str, str], token_uri: str) -> dict[str, Any]:
        """Handle a token request; return the token response or raise :class:`TokenError`."""
        if form.get("grant_type") != JWT_BEARER_GRANT:
            raise TokenError("unsupported_grant_type", f"Only {JWT_BEARER_GRANT} is supported.")
        claims = self._verify(form.get("assertion", ""), token_uri)
        token = "emu-" + secrets.token_urlsafe(24)
        lifetime = self.token_lifetime
        with self._lock:
            self.issued[token] = time.time() + lifetime
            self.grants += 1
        response: dict[str, Any] = {
            "access_token": token,
            "expires_in": int(lifetime) if lifetime == int(lifetime) else lifetime,
            "token_type": "Bearer",
        }
        if "scope" in claims:
            response["scope"] = claims["scope"]
        return response

    def _verify(self, assertion: str, token_uri: str) -> dict[str, Any]:
        try:
            header_b64, payload_b64, signature_b64 = assertion.split(".")
            header = json.loads(_b64url_decode(header_b64))
            claims: dict[str, Any] = json.loads(_b64url_decode(payload_b64))
            signature = _b64url_decode(signature_b64)
        except ValueError as exc:
            raise TokenError("invalid_grant", "The assertion is not a JWT.") from exc
        if header.get("alg") != "RS256":
            raise TokenError("invalid_grant", "Only RS256 assertions are accepted.")
        with self._lock:
            account = self.service_accounts.get(str(claims.get("iss")))
        if account is None:
            raise TokenError("invalid_grant", "Unknown issuer (iss).")
        try:
            account.private_key.public_key().verify(
                signature,
                f"{header_b64}.{payload_b64}".encode(),
                padding.PKCS1v15(),
                hashes.SHA256(),
            )
        except InvalidSignature as exc:
            raise TokenError("invalid_grant", "Invalid JWT Signature.") from exc
        if claims.get("aud") not in (token_uri, GOOGLE_TOKEN_AUDIENCE):
            raise TokenError(
                "invalid_grant",
                f"Invalid audience: expected {GOOGLE_TOKEN_AUDIENCE} or {token_uri}.",
            )
        now = time.time()
        exp, iat = claims.get("exp"), claims.get("iat", now)
        if not isinstance(exp, (int, float)) or exp + _CLOCK_SKEW < now:
            raise TokenError("invalid_grant", "The assertion has expired (exp).")
        if not isinstance(iat, (int, float)) or iat - _CLOCK_SKEW > now:
            raise TokenError("invalid_grant", "The assertion is not yet valid (iat).")
        return claims
