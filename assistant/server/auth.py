"""Who may use `assistant serve`: loopback needs nothing; any other address needs ASSISTANT_AUTH."""

from __future__ import annotations

import base64
import ipaddress
import secrets

from pydantic import SecretStr

from assistant.errors import ConfigError

AUTH_HINT = "set ASSISTANT_AUTH=user:password (both non-empty)"


def parse_auth(value: SecretStr | str | None) -> tuple[str, str] | None:
    """ "user:password" -> (user, password); None or empty -> None; anything else is a ConfigError."""
    if isinstance(value, SecretStr):
        value = value.get_secret_value()
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise ConfigError(f"ASSISTANT_AUTH must look like user:password; {AUTH_HINT}")
    return user, password


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1: addresses only this machine can reach."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a hostname: it may resolve to anything, so treat it as public


def check_bind(host: str, auth: tuple[str, str] | None) -> list[str]:
    """Refuse a public address without credentials; return warnings for the operator otherwise."""
    if is_loopback(host):
        return []
    if auth is None:
        raise ConfigError(
            f"refusing to serve on {host} without authentication: anyone on the network could read and "
            f"change your library. Either {AUTH_HINT} or use --host 127.0.0.1"
        )
    return [f"serving on {host} with basic authentication over plain HTTP: put a TLS proxy in front "
            "of it if the network is not trusted"]


def check_credentials(user: str, password: str, auth: tuple[str, str]) -> bool:
    """Basic credentials against the configured pair, in constant time."""
    # Compare both halves even when the first differs, so timing says nothing about which failed.
    ok_user = secrets.compare_digest(user.encode(), auth[0].encode())
    ok_password = secrets.compare_digest(password.encode(), auth[1].encode())
    return ok_user and ok_password


def check_bearer(token: str, auth: tuple[str, str]) -> bool:
    """`Bearer <password>` or `Bearer <user:password>`, in constant time."""
    raw = token.strip().encode()
    user, password = auth
    return (secrets.compare_digest(raw, password.encode())
            | secrets.compare_digest(raw, f"{user}:{password}".encode()))


def check_header(authorization: str | None, auth: tuple[str, str]) -> bool:
    """Accept `Basic base64(user:password)` or `Bearer <password>` / `Bearer <user:password>`."""
    if not authorization:
        return False
    scheme, _, credential = authorization.partition(" ")
    credential = credential.strip()
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(credential, validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return False
        got_user, _, got_password = decoded.partition(":")
        return check_credentials(got_user, got_password, auth)
    if scheme.lower() == "bearer":
        return check_bearer(credential, auth)
    return False
