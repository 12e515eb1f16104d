"""Streamlit chat over the minutes. Thin: the logic lives in ``qa`` and ``minutes``.

    streamlit run chat_app.py      (or: make run)"""
from __future__ import annotations

import datetime as dt

import streamlit as st

from minutes.errors import MinutesError
from minutes.settings import Settings
from qa.access import current_user, may_upload, may_use
from qa.answer import Answer
from qa.present import (answer_markdown, matches, meeting_markdown, page_image, page_text, source_file, when)
from qa.retrieve import Filters
from qa.service import Conversation, Service, shared

st.set_page_config(page_title="Protokollfrågor – Familjen Helsingborg", page_icon="📄", layout="wide")


@st.cache_resource(show_spinner="Laddar index och modell …")
def get_service(settings: Settings) -> Service:
    """One service per settings (index, embedder) and process; ``qa.serve`` loads it at start."""
    return shared(settings)


def show_sources(a: Answer, key: str) -> None:
    for s in a.sources:
        cited = "✅ " if s.rank in a.cited else ""
        with st.expander(f"{cited}[{s.rank}] {s.citation()}"):
            if s.item is not None and s.item.presenter:
                st.markdown(f"**Föredragande:** {s.item.presenter}")
            if s.item is not None and s.item.decisions:
                st.markdown("**Beslut:**\n" + "\n".join(f"- {d}" for d in s.item.decisions))
            st.text(s.text)
            st.caption("Kopiera källhänvisningen:")
            st.code(s.citation(), language=None)
            path = source_file(st.session_state["_svc"].retriever.path_of(s.meeting))
            if path is not None:
                cols = st.columns(2)
                if cols[0].toggle(f"Visa sidan {s.page}", key=f"pg-{key}-{s.rank}"):
                    img = page_image(path, s.page)
                    if img is not None:
                        st.image(img, caption=f"{s.meeting.source}, s. {s.page}")
                    else:
                        st.text(page_text(path, s.page))
                cols[1].download_button(f"Ladda ned {s.meeting.source}", path.read_bytes(), file_name=path.name,
                                        key=f"dl-{key}-{s.rank}")


def render_answer(a: Answer, key: str) -> None:
    st.markdown(a.text)
    if a.note:
        st.caption(a.note)
    if a.verified and a.mode == "llm":
        # which sentences of the model's answer were verified, and against which source
        st.caption("  \n".join(
            f"✅ verifierad mot källa [{v['source']}]: {v['sentence'][:120]}" if v["verified"]
            else "⛔ en mening visas inte: " + "; ".join(v["reasons"]) for v in a.verified))
    if a.grounded:
        show_sources(a, key)
        st.download_button("Exportera svaret som Markdown", answer_markdown(a), file_name="svar.md",
                           mime="text/markdown", key=f"md-{key}")


def sidebar(svc: Service, settings: Settings) -> tuple[Filters, str]:
    r = svc.retriever
    meetings = sorted(r.meetings.values(), key=lambda m: m.date or "", reverse=True)
    dates = [dt.date.fromisoformat(m.date) for m in meetings if m.date]
    with st.sidebar:
        st.header("Filter")
        lo, hi = (min(dates), max(dates)) if dates else (dt.date(2000, 1, 1), dt.date.today())
        rng = st.date_input("Datumintervall", value=(lo, hi), min_value=lo, max_value=hi, key="dates")
        chosen = st.multiselect("Möten", [m.meeting_id for m in meetings],
                                format_func=lambda mid: f"{r.meetings[mid].date} {r.meetings[mid].title}",
                                key="meetings")
        mode = st.radio("Svarsläge", ["extractive", "llm"], index=0 if settings.answer_mode != "llm" else 1,
                        format_func=lambda m: "Citat ur protokollen (ingen AI)" if m == "extractive"
                        else f"Språkmodell ({settings.llm_backend})", key="mode")
        st.header("Index")
        n_items = sum(len(m.items) for m in meetings)
        st.markdown(f"**{len(meetings)}** möten · **{n_items}** punkter  \n"
                    f"Senast inläst: {when(r.last_ingest)}  \nInbäddning: `{r.embedder.name}`  \n"
                    f"Lagring: `{svc.store.location}`")
        if st.button("Rensa samtalet"):
            st.session_state.pop("chat", None)
            st.session_state.pop("conv", None)
            st.rerun()
    d_from = rng[0].isoformat() if isinstance(rng, (tuple, list)) and len(rng) > 0 else None
    d_to = rng[1].isoformat() if isinstance(rng, (tuple, list)) and len(rng) > 1 else None
    if dates and d_from == lo.isoformat() and d_to == hi.isoformat():
        d_from = d_to = None  # the full range is no filter; lets dates in the question narrow
    return Filters(d_from, d_to, tuple(chosen)), mode


def chat_tab(svc: Service, filters: Filters, mode: str) -> None:
    chat = st.session_state.setdefault("chat", [])
    conv = st.session_state.setdefault("conv", Conversation())
    for i, (q, a) in enumerate(chat):
        with st.chat_message("user"):
            st.markdown(q)
        with st.chat_message("assistant"):
            render_answer(a, f"h{i}")
    question = st.chat_input("Ställ en fråga om protokollen, t.ex. Vad beslutades om delstudier för kollektivtrafiken?")
    if not question:
        return
    with st.chat_message("user"):
        st.markdown(question)
    with st.chat_message("assistant"):
        try:
            started, f = svc.start(question, filters=filters, conversation=conv, mode=mode)
            if isinstance(started, Answer):
                answer = started
            else:
                st.write_stream(iter(started))
                answer = started.answer
                st.caption("Svaret ovan kontrolleras mot källorna:")
        except MinutesError as e:
            st.error(str(e))
            return
        svc.remember(conv, question, answer, f)
        render_answer(answer, f"h{len(chat)}")
    chat.append((question, answer))


def meetings_tab(svc: Service) -> None:
    query = st.text_input("Sök bland möten (namn, ämne, datum)", key="msearch")
    meetings = sorted(svc.retriever.meetings.values(), key=lambda m: m.date or "", reverse=True)
    shown = [m for m in meetings if matches(m, query)]
    st.caption(f"{len(shown)} av {len(meetings)} möten")
    for m in shown:
        with st.expander(f"{m.date} · {m.title} · {len(m.items)} punkter"):
            st.markdown(meeting_markdown(m))
            for it in m.items:
                st.markdown(f"**{it.label}** (s. {it.page})" + (f" — föredragande: {it.presenter}" if it.presenter else ""))
                for d in it.decisions:
                    st.markdown(f"- {d}")


def upload_tab(svc: Service | None, settings: Settings) -> None:
    from ingest.pipeline import ingest
    from ingest.upload import Upload, save_uploads

    st.caption(f"PDF, txt eller md, högst {settings.max_file_mb:g} MB per fil. Filerna sparas i "
               f"`{settings.upload_dir}` och läses in i indexet; samma fil två gånger läses inte in igen.")
    files = st.file_uploader("Nya protokoll", type=["pdf", "txt", "md"], accept_multiple_files=True, key="upload")
    if not files or not st.button("Läs in", type="primary", key="do_upload"):
        return
    saved, rejected = save_uploads([Upload(f.name, f.getvalue()) for f in files], settings)
    lines = [fr.line() for fr in rejected]
    bar = st.progress(0.0, text="Läser in …")
    done: list = []

    def on_file(fr) -> None:
        done.append(fr)
        lines.append(fr.line())
        bar.progress(min(1.0, len(done) / max(1, len(saved))), text=f"{len(done)} av {len(saved)}: {fr.name}")

    try:
        report = ingest(saved, settings, on_file=on_file) if saved else None
    except MinutesError as e:  # e.g. another ingest holds the lock
        st.error(str(e))
        return
    bar.progress(1.0, text="Klart")
    failed = len(rejected) + (len(report.failed) if report else 0)
    (st.warning if failed else st.success)(f"{len(saved) - (len(report.failed) if report else 0)} fil(er) inlästa, "
                                           f"{failed} med fel.")
    st.code("\n".join(lines), language=None)
    if svc is not None:
        svc.retriever.refresh()
    else:
        get_service.clear()  # the next run opens the index that now exists


def main() -> None:
    st.title("Protokollfrågor · Kommundirektörsmöte i Familjen Helsingborg")
    try:
        settings = Settings.from_env()
    except MinutesError as e:
        st.error(str(e))
        return
    headers = dict(st.context.headers) if settings.user_header else None
    user = current_user(settings, st.user.to_dict(), headers)
    if not may_use(settings, user):
        if settings.user_header:
            st.error("Åtkomst nekad: ingen inloggad användare från proxyn.")
        else:
            st.info("Logga in för att använda protokollfrågor.")
            st.button("Logga in", on_click=st.login, type="primary")
        return
    try:
        svc = get_service(settings)
    except MinutesError as e:
        st.error(str(e))
        st.info("Bygg exempelindexet med `make run` eller `python -m ingest data/minutes`, och ladda om sidan.")
        get_service.clear()
        if may_upload(settings, user):
            st.subheader("… eller ladda upp protokoll")
            upload_tab(None, settings)
        return
    st.session_state["_svc"] = svc
    filters, mode = sidebar(svc, settings)
    names = ["Fråga", "Möten"] + (["Ladda upp"] if may_upload(settings, user) else [])
    tabs = st.tabs(names)
    with tabs[0]:
        chat_tab(svc, filters, mode)
    with tabs[1]:
        meetings_tab(svc)
    if len(tabs) > 2:
        with tabs[2]:
            upload_tab(svc, settings)
    if user:
        with st.sidebar:
            st.caption(f"Inloggad som {user}")
            if not settings.user_header and st.button("Logga ut"):
                st.logout()


main()
