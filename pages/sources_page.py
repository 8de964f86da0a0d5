"""Sources: add documents (files or a URL), remove them, and see the corpus the tables are built from."""

import streamlit as st

from frontline import app
from frontline.errors import InputError
from frontline.fetch import fetch_url
from frontline.ingest import MIB
from frontline.store import DocumentStore, StoredDocument

FLASH_KEY = "src_flash"


def _flash(kind: str, text: str) -> None:
    st.session_state.setdefault(FLASH_KEY, []).append((kind, text))


def _report(doc: StoredDocument) -> None:
    if doc.duplicate:
        _flash("info", f"{doc.name} is already in the corpus; nothing was added.")
    else:
        _flash("success", f"Added {doc.name} ({doc.published}, {doc.title}).")


def _add_files(store: DocumentStore) -> None:
    n = st.session_state.get("src_upload_n", 0)
    default_date = st.session_state.get("src_default_date")
    for upload in st.session_state.get(f"src_upload_{n}") or []:
        try:
            _report(store.add(upload.name, upload.getvalue(), default_date))
        except InputError as exc:
            _flash("error", f"{upload.name} was not added: {exc}")
    st.session_state["src_upload_n"] = n + 1  # a fresh uploader, so the same files are not added twice


def _add_url(store: DocumentStore, max_bytes: int) -> None:
    url = st.session_state.get("src_url", "").strip()
    if not url:
        _flash("error", "Paste the address of a page first.")
        return
    try:
        name, raw = fetch_url(url, max_bytes=max_bytes)
        _report(store.add(name, raw, st.session_state.get("src_default_date")))
    except InputError as exc:
        _flash("error", f"The page was not added: {exc}")
        return
    st.session_state["src_url"] = ""


def _remove(store: DocumentStore, name: str) -> None:
    try:
        store.remove(name)
    except InputError as exc:
        _flash("error", f"{name} was not removed: {exc}")
    else:
        _flash("success", f"Removed {name}.")


settings = app.settings()
store = DocumentStore(settings.corpus_dir, settings)
max_bytes = int(settings.get("input", "max_file_mb") * MIB)

st.title("Sources")
for kind, text in st.session_state.pop(FLASH_KEY, []):
    getattr(st, kind)(app.literal(text))

with st.status("Tables up to date with the corpus", expanded=False) as status:
    loaded = app.load()  # rebuilds here, with a spinner, when the corpus changed
    status.update(label=f"Tables built from {len(loaded.documents):,} documents", state="complete")

st.subheader("Add documents")
n = st.session_state.get("src_upload_n", 0)
upload, when = st.columns([3, 1])
upload.file_uploader(
    "Live blogs or articles: .txt starting with a 'date YYYY-MM-DD' line, or saved .html pages",
    type=["txt", "html", "htm"],
    accept_multiple_files=True,
    key=f"src_upload_{n}",
    max_upload_size=max(1, int(settings.get("input", "max_file_mb"))),
)
when.date_input(
    "Date for files without one",
    value=None,
    key="src_default_date",
    format="YYYY-MM-DD",
    help="Used for a file or page that states no publication date; leave empty to refuse such files.",
)
st.button("Add files", key="src_add", on_click=_add_files, args=(store,), type="primary")
address, fetch = st.columns([3, 1], vertical_alignment="bottom")
address.text_input("Or the address of a news page", key="src_url", placeholder="https://…")
fetch.button("Fetch page", key="src_fetch", on_click=_add_url, args=(store, max_bytes))

st.subheader("Documents in the corpus")
documents = app.documents(store)
if not documents:
    st.caption(f"No documents in {app.literal(settings.corpus_dir)}.")
for doc in documents:
    left, right = st.columns([6, 1])
    with left:
        st.markdown(f"**{app.literal(doc.title or doc.name)}**")
        st.caption(f"{app.literal(doc.name)} · {doc.published or 'no date'} · {doc.size / 1024:,.1f} KB")
        if doc.error:
            st.error(app.literal(doc.error))
    with right.popover("Remove", key=f"src_rm_menu_{doc.name}"):
        st.caption("The tables are rebuilt without this document.")
        st.button(
            "Remove it", key=f"src_rm_{doc.name}", on_click=_remove, args=(store, doc.name), type="primary"
        )

if loaded.errors:
    st.subheader("Problems found while building the tables")
    for error in loaded.errors:
        st.warning(app.literal(error))
