"""Who is using the app and what they may do. Identity comes from Streamlit's
OIDC login (``st.user``) or, behind an authenticating reverse proxy, from a
request header named in settings. No Streamlit imports here."""
from __future__ import annotations

from typing import Mapping

from minutes.settings import Settings


def current_user(settings: Settings, user_info: Mapping | None, headers: Mapping | None) -> str | None:
    if settings.user_header:
        value = (headers or {}).get(settings.user_header)
        return value.strip() if value and value.strip() else None
    info = user_info or {}
    if info.get("is_logged_in"):
        return info.get("email") or info.get("name") or "inloggad"
    return None


def may_use(settings: Settings, user: str | None) -> bool:
    return not (settings.require_login or settings.user_header) or user is not None


def may_upload(settings: Settings, user: str | None) -> bool:
    allowed = {u.lower() for u in settings.upload_users}
    if not allowed:
        return may_use(settings, user)
    if allowed == {"none"}:
        return False
    return "*" in allowed and user is not None or (user or "").lower() in allowed
