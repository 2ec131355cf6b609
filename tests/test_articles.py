"""``load_articles``: sources, ids, order, manifest, encodings, empty files, and reporting instead of crashing."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import datasets
import orjson
import pytest
from hypothesis import HealthCheck, given, settings

from factgen import Article, ArticleLoadError, IngestWarning, load_articles
from factgen.articles import decode_bytes
from tests.strategies import article_bytes

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
INGEST = Path(__file__).parent / "data" / "ingest"


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_seeds_load_in_name_order_with_file_stem_ids() -> None:
    articles = list(load_articles(SEEDS))
    assert [a.id for a in articles] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for article in articles:
        assert article.text == (SEEDS / f"{article.id}.txt").read_text(encoding="utf-8")
        assert "\ufffd" not in article.text


def test_order_and_ids_do_not_depend_on_creation_order(tmp_path: Path) -> None:
    for name in ["c.txt", "a.txt", "sub/b.html", "b.txt"]:
        _write(tmp_path, name, f"Text of {name}.")
    assert [a.id for a in load_articles(tmp_path)] == ["a", "b", "c", "sub.b"]


def test_other_files_are_counted_and_hidden_files_ignored(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Kept.")
    _write(tmp_path, ".hidden.txt", "Hidden.")
    _write(tmp_path, "notes.md", "Not an article.")
    _write(tmp_path, "sub/more.md", "Not an article.")
    _write(tmp_path, "sub/corpus.parquet", b"PAR1")
    with pytest.warns(IngestWarning) as caught:
        assert [a.id for a in load_articles(tmp_path)] == ["a"]
    assert [str(w.message) for w in caught] == [
        (
            f"{tmp_path}: warning: 3 files not read (.md 2, .parquet 1): a folder corpus reads .txt/.html/.htm "
            "files; give a .jsonl, .jsonl.gz or .parquet file directly"
        )
    ]


def test_manifest_gives_ids_and_metadata(tmp_path: Path) -> None:
    _write(tmp_path, "one.txt", "First article.")
    _write(tmp_path, "two.txt", "Second article.")
    rows = [
        {"file": "two.txt", "id": "kirby-2024", "title": "Kirby", "url": "https://example.org/2",
         "publisher": "Spectrum News", "date": "2024-09-13", "language": "en"},
    ]  # fmt: skip
    _write(tmp_path, "manifest.jsonl", b"".join(orjson.dumps(r) + b"\n" for r in rows))
    one, two = load_articles(tmp_path)
    assert (one.id, one.publisher) == ("one", None)
    assert (two.id, two.title, two.publisher, str(two.published), two.language) == (
        "kirby-2024",
        "Kirby",
        "Spectrum News",
        "2024-09-13",
        "en",
    )


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            {"file": "missing.txt"},
            r"manifest.jsonl:1: file: expected an article file in .*, got 'missing.txt'",
        ),
        ({"file": "a.txt", "author": "x"}, r"manifest.jsonl:1: author: unknown key"),
        (
            {"file": "a.txt", "date": "13/09/2024"},
            r"manifest.jsonl:1: published: .*YYYY-MM-DD.*got '13/09/2024'",
        ),
        ({"id": "x"}, r"manifest.jsonl:1: file: expected a file name"),
    ],
    ids=["missing file", "unknown key", "bad date", "no file"],
)
def test_manifest_problems_name_file_line_and_field(
    tmp_path: Path, row: dict[str, str], message: str
) -> None:
    _write(tmp_path, "a.txt", "Text.")
    _write(tmp_path, "manifest.jsonl", orjson.dumps(row) + b"\n")
    with pytest.raises(ArticleLoadError, match=message):
        list(load_articles(tmp_path))


def test_two_files_with_one_id_are_an_error(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Text.")
    _write(tmp_path, "a.html", "<p>Text.</p>")
    with pytest.raises(ArticleLoadError, match=r"a.txt: id: id 'a' is also the id of .*a.html"):
        list(load_articles(tmp_path))


def test_single_file_and_jsonl(tmp_path: Path) -> None:
    path = _write(tmp_path, "story.txt", "One story.")
    assert [(a.id, a.text) for a in load_articles(path)] == [("story", "One story.")]
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_bytes((ROOT / "examples" / "articles.jsonl").read_bytes())
    loaded = list(load_articles(jsonl))
    assert loaded[0].id == "000_2f27d223f1ae4734"
    assert loaded[0].publisher == "Spectrum News"


def test_jsonl_problems_name_line_and_field(tmp_path: Path) -> None:
    jsonl = _write(tmp_path, "a.jsonl", b'{"id": "a", "text": "ok"}\n{"id": "b"}\n')
    with pytest.raises(ArticleLoadError, match=r"a.jsonl:2: text: missing text; the row's keys are \['id'\]"):
        list(load_articles(jsonl))
    with pytest.warns(IngestWarning, match=r"a.jsonl:2: text: .*; skipped"):
        assert [a.id for a in load_articles(jsonl, on_error="skip")] == ["a"]


def test_dataset_with_a_text_column() -> None:
    data = datasets.Dataset.from_dict(
        {"body": ["First text.", "  ", "Second text."], "publisher": ["NPR", None, "AP"]}
    )
    with pytest.warns(IngestWarning, match=r"<dataset row 1>: warning: body: empty"):
        articles = list(load_articles(data, text_column="body"))
    assert [a.text for a in articles] == ["First text.", "Second text."]
    assert [a.publisher for a in articles] == ["NPR", "AP"]
    assert all(re.fullmatch(r"a-[0-9a-f]{16}", a.id) for a in articles)
    assert articles[0].id == next(iter(load_articles(data, text_column="body"))).id  # stable
    with pytest.raises(
        ArticleLoadError, match=r"expected a text column, got columns \['body', 'publisher'\]"
    ):
        load_articles(data)


# --------------------------------------------------------------------------- encodings


def test_fixture_folder_decodes_legacy_files_and_skips_empty_ones() -> None:
    with pytest.warns(IngestWarning) as record:
        articles = {a.id: a for a in load_articles(INGEST)}
    messages = [str(w.message) for w in record]
    assert any(
        re.search(r"cp1252.txt: warning: not valid UTF-8: byte 0x93 at byte offset 14; decoded as", m)
        for m in messages
    )
    assert any(
        re.search(r"latin1.txt: warning: not valid UTF-8: byte 0xe9 at byte offset 7; decoded as", m)
        for m in messages
    )
    assert any(re.search(r"empty.txt: warning: empty or whitespace-only file; skipped", m) for m in messages)
    assert any(
        re.search(r"whitespace.txt: warning: empty or whitespace-only file; skipped", m) for m in messages
    )
    assert set(articles) == {"bom", "cp1252", "latin1", "page"}
    assert articles["cp1252"].text.startswith(
        "Kyiv said the “strikes” cost €5 million — about 30° colder than the café’s"
    )
    assert articles["latin1"].text.startswith(
        "The café in München was 30°C; señor García paid £5 for the piñata."
    )
    assert articles["bom"].text.startswith("Kyiv – the capital.")
    for article in articles.values():
        assert "\ufffd" not in article.text
        assert not re.search("Â|Ã|â€", article.text)


def test_undecodable_file_is_refused_with_byte_offset(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.txt", "Kyiv 30°".encode() + b"\x81\x8d ok")  # 0x81 is undefined in cp1252
    with pytest.raises(ArticleLoadError, match=r"bad.txt: not valid UTF-8: byte 0x81 at byte offset 9"):
        list(load_articles(path, encodings=["cp1252"]))
    with pytest.raises(ArticleLoadError, match=r"byte 0x81 at byte offset 9"):
        list(load_articles(path, encodings=[]))


def test_skip_mode_reports_and_goes_on(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", b"\x00\x01binary")
    _write(tmp_path, "b.txt", "Good.")
    with pytest.warns(
        IngestWarning, match=r"a.txt: expected text, got a control character 0x00 at byte offset 0; skipped"
    ):
        assert [a.id for a in load_articles(tmp_path, on_error="skip")] == ["b"]


def test_mojibake_is_repaired_or_refused(tmp_path: Path) -> None:
    good = _write(tmp_path, "m.txt", "It was 30Â° and Ukraineâ€™s turn.")
    with pytest.warns(
        IngestWarning, match=r"m.txt: warning: mojibake 'Â°' at character offset 9 .*; repaired"
    ):
        assert next(iter(load_articles(good))).text == "It was 30° and Ukraine’s turn."
    mixed = _write(
        tmp_path, "x.txt", "It was 30Â° in Київ → north."
    )  # "→" does not round-trip through cp1252
    with pytest.raises(ArticleLoadError, match=r"x.txt: expected text, got mojibake 'Â°'"):
        list(load_articles(mixed))


def test_replacement_character_is_refused() -> None:
    with pytest.raises(
        ArticleLoadError,
        match=r"a.txt: expected text, got the replacement character U\+FFFD at byte offset 3",
    ):
        decode_bytes("Kyi\ufffdv".encode(), "a.txt")


def test_unreadable_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(ArticleLoadError, match=r"nope.txt: cannot read: No such file"):
        list(load_articles(tmp_path / "nope.txt"))
    folder = _write(tmp_path, "dir.txt/inner.txt", "x").parent  # a folder named like a file is still a folder
    assert [a.id for a in load_articles(folder)] == ["inner"]


def test_unknown_on_error_is_refused() -> None:
    with pytest.raises(ValueError, match="on_error: expected 'raise' or 'skip', got 'ignore'"):
        load_articles(SEEDS, on_error="ignore")  # type: ignore[arg-type]


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=article_bytes)
def test_loading_never_crashes_on_any_bytes(tmp_path: Path, data: bytes) -> None:
    """Any bytes: an article without U+FFFD, or a warning, or an ArticleLoadError naming the file; never a crash."""
    path = _write(tmp_path, "any.txt", data)
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        articles = list(load_articles(path, on_error="skip"))
    assert all(issubclass(w.category, IngestWarning) and "any.txt" in str(w.message) for w in record)
    assert len(articles) + len(record) >= 1
    for article in articles:
        assert isinstance(article, Article)
        assert "\ufffd" not in article.text
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", IngestWarning)
        blank = any("empty or whitespace-only" in str(w.message) for w in record)
        if articles or blank:  # decoded, or skipped as empty: the same without on_error="skip"
            assert [a.text for a in load_articles(path)] == [a.text for a in articles]
        else:  # refused: without on_error="skip" it is an error naming the file
            with pytest.raises(ArticleLoadError, match=r"any\.txt"):
                list(load_articles(path))
