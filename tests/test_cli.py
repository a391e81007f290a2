"""The ``wirekit`` command line: inputs, formats, fields, exit codes, help."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import wirekit
import wirekit._batch
from wirekit import Article
from wirekit._errors import make_diagnostic
from wirekit.cli import FLAT_FIELDS, main
from wirekit.data import read_example

ANTARA = (
    "Palu (ANTARA) - Pemerintah kota membuka pasar murah di tiga kecamatan pada Rabu (9/7), "
    "sepekan setelah harga cabai naik.\n"
    "Pewarta: Rina Kusuma\n"
    "Editor: Bambang Sutrisno\n"
    "Copyright © ANTARA 2025\n"
)
REUTERS = (
    "LONDON, March 3 (Reuters) - Shares in the port operator rose on Tuesday after it said "
    "cargo volumes had recovered last month.\n"
    "(Reporting by Jane Holt; Editing by Tom Reyes)\n"
)


def run(
    capsys: pytest.CaptureFixture[str],
    *argv: str,
    stdin: str | None = None,
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> tuple[int, str, str]:
    """Run ``main(argv)`` in-process; return (exit code, stdout, stderr)."""
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors and --help
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def story(tmp_path: Path) -> Path:
    """An ANTARA-style article in a text file."""
    path = tmp_path / "palu.txt"
    path.write_text(ANTARA, encoding="utf-8")
    return path


def test_parse_file_prints_exactly_to_dict(capsys: pytest.CaptureFixture[str], story: Path) -> None:
    """One file gives one JSON object equal to Article.to_dict() of that text."""
    code, out, err = run(capsys, "parse", str(story), "--published", "2025-07-10")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["dateline"]["place"] == "Palu"
    assert data["bylines"] == ["Rina Kusuma"]
    assert data["reference"]["date"] == "2025-07-10"
    assert Article.from_dict(data).to_dict() == data


def test_example_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    """--example parses the bundled article; the JSON rebuilds an equal Article."""
    code, out, _ = run(capsys, "parse", "--example")
    assert code == 0
    article = Article.from_dict(json.loads(out))
    assert article.text == read_example()
    assert article.dateline is not None and article.dateline.place == "Kuala Lumpur"


def test_stdin_dash(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """'-' reads one article from stdin."""
    code, out, _ = run(capsys, "parse", "-", stdin=REUTERS, monkeypatch=monkeypatch)
    assert code == 0
    data = json.loads(out)
    assert data["dateline"]["place"] == "LONDON"
    assert data["text"] == REUTERS


def test_crlf_and_bom_are_kept_exactly(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """CRLF line ends survive reading (spans match the file); a UTF-8 BOM is dropped."""
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ANTARA.replace("\n", "\r\n").encode("utf-8"))
    code, out, _ = run(capsys, "parse", str(path))
    assert code == 0
    data = json.loads(out)
    assert data["text"] == ANTARA.replace("\n", "\r\n")
    start, end = data["dateline"]["span"]
    assert data["text"][start:end].startswith("Palu")


def test_directory_is_recursive_sorted_and_json_is_an_array(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A directory stands for its *.txt files (recursive, sorted); several articles -> array."""
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(REUTERS, encoding="utf-8")
    (tmp_path / "1.txt").write_text(ANTARA, encoding="utf-8")
    (tmp_path / "skip.md").write_text("not an article", encoding="utf-8")
    code, out, _ = run(capsys, "parse", str(tmp_path), "--include-source")
    assert code == 0
    data = json.loads(out)
    assert [Path(d["source"]).name for d in data] == ["1.txt", "2.txt"]
    assert [d["dateline"]["place"] for d in data] == ["Palu", "LONDON"]


def test_jsonl_file_with_published_and_id_fields(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A .jsonl file gives one article per row, with each row's own date and id."""
    path = tmp_path / "feed.jsonl"
    rows = [
        {"guid": "a1", "body": ANTARA, "date": "2025-07-10"},
        {"guid": "a2", "body": REUTERS, "date": None},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    code, out, _ = run(
        capsys,
        "parse",
        str(path),
        "--jsonl-field",
        "body",
        "--jsonl-published-field",
        "date",
        "--jsonl-id-field",
        "guid",
        "--published",
        "1987-03-03",
        "--format",
        "jsonl",
        "--fields",
        "source,reference",
    )
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(d["source"], d["reference"]["date"]) for d in lines] == [
        ("a1", "2025-07-10"),
        ("a2", "1987-03-03"),
    ]
    assert all(set(d) == {"source", "reference"} for d in lines)


def test_jsonl_from_stdin_and_bad_rows_exit_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bad JSONL rows are reported with their line and give exit 2; good rows still print."""
    feed = "\n".join([json.dumps({"text": ANTARA}), "{oops", json.dumps({"title": "x"}), "[1]"])
    code, out, err = run(
        capsys,
        "parse",
        "-",
        "--jsonl-field",
        "text",
        "--format",
        "jsonl",
        stdin=feed,
        monkeypatch=monkeypatch,
    )
    assert code == 2
    assert len(out.splitlines()) == 1
    assert "<stdin>:2: not valid JSON" in err
    assert "<stdin>:3: field 'text' is missing" in err
    assert "<stdin>:4: a row must be a JSON object" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(["parse"], "give FILE(s)", id="no-input"),
        pytest.param(
            ["parse", "--example", "--published", "10/07/2025"], "--published", id="bad-date"
        ),
        pytest.param(
            ["parse", "--example", "--agency", "nope"], "unknown agency 'nope'", id="agency"
        ),
        pytest.param(
            ["parse", "--example", "--fields", "place"], "unknown field(s) place", id="fields"
        ),
        pytest.param(
            ["parse", "--example", "--format", "csv", "--fields", "dateline"],
            "dateline_place",
            id="fields-csv",
        ),
        pytest.param(["parse", "--example", "--encoding", "klingon"], "--encoding", id="encoding"),
        pytest.param(["parse", "--example", "--jobs", "0"], "--jobs", id="jobs"),
        pytest.param(["parse", "--format", "xml"], "invalid choice", id="format"),
        pytest.param(["frobnicate"], "invalid choice", id="command"),
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """Bad arguments exit 2 with a message on stderr and nothing on stdout."""
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in err


def test_missing_file_exit_2_but_others_parsed(
    capsys: pytest.CaptureFixture[str], story: Path, tmp_path: Path
) -> None:
    """An unreadable file is reported (exit 2); the readable ones are still printed."""
    code, out, err = run(
        capsys, "parse", str(tmp_path / "gone.txt"), str(story), "--format", "jsonl"
    )
    assert code == 2
    assert "gone.txt" in err
    assert json.loads(out)["dateline"]["place"] == "Palu"


def test_undecodable_file_suggests_encoding(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A Latin-1 file read as UTF-8 is parsed with the bad bytes located, and a hint;
    with --encoding latin-1 it reads exactly."""
    path = tmp_path / "latin.txt"
    path.write_bytes(ANTARA.encode("latin-1", errors="replace"))
    code, out, err = run(capsys, "parse", str(path))
    assert code == 0 and "--encoding" in err
    assert "input.decode-error" in {d["code"] for d in json.loads(out)["diagnostics"]}
    code, out, _ = run(capsys, "parse", str(path), "--encoding", "latin-1")
    assert code == 0 and json.loads(out)["text"] == ANTARA


def test_strict_prints_partial_article_and_exits_1(
    capsys: pytest.CaptureFixture[str], story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--strict: an ERROR diagnostic prints the partial article, reports it, exits 1."""
    real_parse = wirekit._batch.parse

    def failing_parse(text: str, **kwargs: Any) -> Article:
        article = real_parse(text, **{**kwargs, "strict": False})
        raise wirekit.ParseError(article, [make_diagnostic("input.timeout")])

    monkeypatch.setattr(wirekit._batch, "parse", failing_parse)
    code, out, err = run(capsys, "parse", str(story), "--strict")
    assert code == 1
    assert json.loads(out)["dateline"]["place"] == "Palu"
    assert "input.timeout" in err


def test_strict_clean_article_exits_0(capsys: pytest.CaptureFixture[str], story: Path) -> None:
    """--strict on an article without ERROR diagnostics exits 0."""
    assert run(capsys, "parse", str(story), "--strict")[0] == 0


def test_csv_has_flat_columns(capsys: pytest.CaptureFixture[str], story: Path) -> None:
    """--format csv writes the flat columns, lists joined by '; ', dates in ISO."""
    code, out, _ = run(
        capsys, "parse", "--example", str(story), "--format", "csv", "--published", "2025-07-10"
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0]) == FLAT_FIELDS
    assert [r["source"] for r in rows] == ["<example>", str(story)]
    assert rows[0]["bylines"] == "Xinhua"
    assert rows[1]["editors"] == "Bambang Sutrisno"
    assert rows[1]["reference_date"] == "2025-07-10"
    assert rows[1]["has_errors"] == "false"


def test_csv_fields_select_columns(capsys: pytest.CaptureFixture[str], story: Path) -> None:
    """--fields picks and orders the CSV columns."""
    code, out, _ = run(capsys, "parse", str(story), "--format", "csv", "--fields", "editors,source")
    assert code == 0
    assert out.splitlines() == ["editors,source", f"Bambang Sutrisno,{story}"]


def test_table_is_aligned(capsys: pytest.CaptureFixture[str], story: Path) -> None:
    """--format table prints a header, a rule and one aligned row per article."""
    code, out, _ = run(capsys, "parse", "--example", str(story), "--format", "table")
    assert code == 0
    header, rule, *rows = out.splitlines()
    assert header.split()[:3] == ["source", "agency", "language"]
    assert set(rule) <= {"-", " "}
    assert len(rows) == 2
    assert header.index("dateline_place") == rows[1].index("Palu")


def test_json_fields_select_keys(capsys: pytest.CaptureFixture[str], story: Path) -> None:
    """--fields on json keeps only those top-level keys of to_dict()."""
    code, out, _ = run(capsys, "parse", str(story), "--fields", "dateline,editors", "--indent", "0")
    assert code == 0
    assert list(json.loads(out)) == ["dateline", "editors"]
    assert out.count("\n") == 1


def test_no_progress_line_when_stderr_is_not_a_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """stderr stays empty on a clean run when it is not a TTY."""
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(ANTARA, encoding="utf-8")
    code, out, err = run(capsys, "parse", str(tmp_path), "--format", "jsonl")
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == 5


def test_progress_line_on_a_terminal() -> None:
    """The progress line is drawn on a TTY stream and erased at the end."""
    from wirekit.cli import _Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    progress = _Progress(stream, 3, enabled=True)
    progress.last = -1.0  # draw on the first step
    progress.step()
    progress.close()
    assert "wirekit: 1 articles parsed" in stream.getvalue()
    assert stream.getvalue().endswith("\r\033[K")


def test_agencies_lists_ids_and_source_package(capsys: pytest.CaptureFixture[str]) -> None:
    """`wirekit agencies --format json` names each agency's package and version."""
    code, out, _ = run(capsys, "agencies", "--format", "json")
    assert code == 0
    rows = {r["id"]: r for r in json.loads(out)}
    assert rows["antara"]["package"] == "wirekit"
    assert "id" in rows["antara"]["languages"]
    code, out, _ = run(capsys, "agencies")
    assert out.splitlines()[0].split() == ["id", "name", "languages", "package", "version"]
    assert any(line.startswith("antara ") for line in out.splitlines())


def test_schema_command_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """`wirekit schema` prints wirekit's JSON Schema."""
    from wirekit._schema import json_schema

    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(out) == json_schema()


@pytest.mark.parametrize("command", [[], ["parse"], ["agencies"], ["schema"]], ids=str)
def test_help_has_examples(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    """Every --help exits 0 and shows examples."""
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0
    assert "examples:" in out


def test_python_dash_m_wirekit_reads_stdin() -> None:
    """`python -m wirekit parse -` works as a real process, reading stdin."""
    done = subprocess.run(
        [sys.executable, "-m", "wirekit", "parse", "-", "--format", "jsonl"],
        input=REUTERS.encode("utf-8"),
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)["dateline"]["place"] == "LONDON"
