"""Which addresses URL ingestion may reach: the SSRF guard, enforced where the connection is made.

A URL a user (or a feed, or an API caller) hands us must not become a way to read this machine or
its network: loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT,
unique-local IPv6, multicast and the unspecified address are refused unless
ASSISTANT_ALLOW_PRIVATE_URLS=true or the host/network is in ASSISTANT_URL_ALLOWLIST.

The check runs in the fetcher's transport (ingest/web.py), for every request, redirect hops included. The host
is resolved once, every address is checked, and the connection goes to the checked address (the
Host header and TLS name stay the original host's), so a DNS answer that changes between the check
and the connect (DNS rebinding) cannot slip a private address in.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.config import Settings
from assistant.errors import IngestError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
OPT_IN = ("add the host to ASSISTANT_URL_ALLOWLIST (hosts or CIDRs, comma-separated) to allow it, "
          "or set ASSISTANT_ALLOW_PRIVATE_URLS=true to allow every private address")


def unwrap(addr: IPAddress) -> IPAddress:
    """The IPv4 address hidden inside an IPv4-mapped (::ffff:a.b.c.d), 6to4 or Teredo IPv6 one."""
    if isinstance(addr, ipaddress.IPv6Address):
        inner = addr.ipv4_mapped or addr.sixtofour or (addr.teredo[1] if addr.teredo else None)
        if inner is not None:
            return inner
        if addr in ipaddress.ip_network("64:ff9b::/96"):  # NAT64: the last 32 bits are an IPv4 address
            return ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
    return addr


def is_public(addr: IPAddress) -> bool:
    """Routable on the internet: not loopback, private, link-local, CGNAT, reserved, multicast or 0.0.0.0."""
    inner = unwrap(addr)
    return all(a.is_global and not a.is_multicast for a in {addr, inner})


def system_resolve(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for host (IPv4 and IPv6)."""
    return [info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]


@dataclass(frozen=True)
class UrlPolicy:
    """What the guard lets through, built from the settings."""

    allow_private: bool = False
    hosts: frozenset[str] = frozenset()  # exact names; ".corp.example" also matches its subdomains
    networks: tuple[IPNetwork, ...] = field(default=())
    # Injected by tests to play a DNS server whose answers change (rebinding).
    resolver: Callable[[str, int], list[str]] = system_resolve

    @classmethod
    def from_settings(cls, settings: Settings) -> "UrlPolicy":
        hosts, networks = set(), []
        for entry in settings.url_allowlist_entries:
            try:
                networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            except ValueError:
                hosts.add(entry.lower().removeprefix("*"))
        return cls(bool(settings.allow_private_urls), frozenset(hosts), tuple(networks))

    def host_listed(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return host in self.hosts or any(h.startswith(".") and (host.endswith(h) or host == h[1:])
                                         for h in self.hosts)

    def address_allowed(self, addr: IPAddress) -> bool:
        if self.allow_private or is_public(addr):
            return True
        return any(addr in net or unwrap(addr) in net for net in self.networks)

    def resolve(self, host: str, port: int) -> str:
        """The address to connect to for `host`; IngestError when it is not one we may reach."""
        bare = host.strip("[]")
        try:
            literal: IPAddress | None = ipaddress.ip_address(bare.split("%")[0])
        except ValueError:
            literal = None
        if literal is not None:
            addresses = [literal]
        else:
            try:
                answers = self.resolver(bare, port)
            except (OSError, UnicodeError) as exc:
                raise IngestError(f"could not connect to {host} (its name does not resolve: {exc}); "
                                  "check the URL and your network connection") from None
            addresses = list(dict.fromkeys(ipaddress.ip_address(a.split("%")[0]) for a in answers))
        if not addresses:  # pragma: no cover - getaddrinfo raises rather than answering nothing
            raise IngestError(f"could not resolve {host}; check the URL")
        if self.allow_private or self.host_listed(bare):
            return str(addresses[0])
        # Every answer is checked, not only the one we use: a name that mixes public and private
        # answers is someone aiming at the private one.
        refused = next((a for a in addresses if not self.address_allowed(a)), None)
        if refused is not None:
            shown = host if literal is not None else f"{host} ({refused})"
            raise IngestError(f"refusing to fetch {shown}: it is a loopback, private or link-local "
                              f"address, which URL ingestion does not reach by default; {OPT_IN}")
        return str(addresses[0])
