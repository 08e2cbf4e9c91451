"""Delivering the scheduled briefing: Markdown + HTML files into a folder, and/or an e-mail.

Configured by ASSISTANT_BRIEFING_FOLDER and ASSISTANT_SMTP_* (host, port, security, user, password,
from, to). Each channel fails on its own with a message saying what to fix; the scheduler retries
a failed channel on its next ticks.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from assistant.briefing.render import to_html, to_markdown
from assistant.config import Settings
from assistant.errors import AssistantError, ConfigError
from assistant.schema import Briefing

SMTP_TIMEOUT = 30.0


class DeliveryError(AssistantError):
    """One delivery channel failed; the briefing itself is saved."""


def channels(settings: Settings) -> list[str]:
    """The delivery channels configured: "folder", "email"."""
    out = []
    if settings.briefing_folder:
        out.append("folder")
    if settings.smtp_host or settings.smtp_to:
        out.append("email")
    return out


def _stem(local_date: str) -> str:
    return f"briefing-{local_date}"


def write_folder(briefing: Briefing, settings: Settings, local_date: str) -> str:
    """Write briefing-<date>.md and .html into the folder; returns the Markdown file's path."""
    folder = Path(settings.briefing_folder).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        md, html = folder / f"{_stem(local_date)}.md", folder / f"{_stem(local_date)}.html"
        for path, text in ((md, to_markdown(briefing)), (html, to_html(briefing))):
            tmp = path.with_suffix(path.suffix + ".tmp")
            tmp.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
            tmp.replace(path)  # a reader watching the folder never sees half a file
    except OSError as e:
        raise DeliveryError(f"cannot write the briefing into {folder} ({e.strerror or e}); "
                            "check ASSISTANT_BRIEFING_FOLDER and its permissions") from None
    return str(md)


def _recipients(settings: Settings) -> list[str]:
    return [a.strip() for a in (settings.smtp_to or "").split(",") if a.strip()]


def build_message(briefing: Briefing, settings: Settings, local_date: str) -> EmailMessage:
    to = _recipients(settings)
    if not settings.smtp_host or not to:
        raise ConfigError("e-mail delivery needs ASSISTANT_SMTP_HOST and ASSISTANT_SMTP_TO "
                          "(comma-separated addresses); set both, or unset them to skip e-mail")
    sender = settings.smtp_from or settings.smtp_user or "newsdesk-assistant@localhost"
    msg = EmailMessage()
    n = len(briefing.stories)
    msg["Subject"] = f"Morning briefing {local_date}: {n} stor{'y' if n == 1 else 'ies'}"
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "localhost")
    msg.set_content(to_markdown(briefing))
    msg.add_alternative(to_html(briefing), subtype="html")
    return msg


def send_email(briefing: Briefing, settings: Settings, local_date: str) -> str:
    """Send through the configured SMTP server; returns the recipients."""
    msg = build_message(briefing, settings, local_date)
    host, port = settings.smtp_host, settings.smtp_port
    try:
        if settings.smtp_security == "ssl":
            client = smtplib.SMTP_SSL(host, port, timeout=SMTP_TIMEOUT, context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(host, port, timeout=SMTP_TIMEOUT)
        with client:
            if settings.smtp_security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if settings.smtp_user:
                password = settings.smtp_password.get_secret_value() if settings.smtp_password else ""
                client.login(settings.smtp_user, password)
            client.send_message(msg)
    except smtplib.SMTPAuthenticationError:
        raise DeliveryError(f"the mail server {host}:{port} refused the login; check ASSISTANT_SMTP_USER "
                            "and ASSISTANT_SMTP_PASSWORD") from None
    except smtplib.SMTPNotSupportedError:
        raise DeliveryError(f"the mail server {host}:{port} does not offer STARTTLS; set "
                            "ASSISTANT_SMTP_SECURITY=ssl (port 465) or none (trusted local relay only)") from None
    except (smtplib.SMTPException, OSError) as e:
        raise DeliveryError(f"sending the briefing through {host}:{port} failed ({type(e).__name__}: {e}); "
                            "check ASSISTANT_SMTP_HOST/PORT/SECURITY and that the server is reachable") from None
    return msg["To"]


def deliver(briefing: Briefing, settings: Settings, local_date: str, only: list[str] | None = None
            ) -> tuple[dict[str, str], dict[str, str]]:
    """Run each configured channel (or just `only`); returns ({channel: where}, {channel: error})."""
    done, failed = {}, {}
    for channel in only if only is not None else channels(settings):
        try:
            if channel == "folder":
                done[channel] = write_folder(briefing, settings, local_date)
            elif channel == "email":
                done[channel] = send_email(briefing, settings, local_date)
        except AssistantError as e:
            failed[channel] = str(e)
    return done, failed
