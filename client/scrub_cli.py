"""``privatune scrub``: remove personal data from a local dataset.

Reads JSONL, CSV, TSV or plain text (one text per line; a file or ``-`` for
stdin, which is read as JSONL when its first line is a JSON object, else as text),
scrubs one text field, keeps every other field and the record order, and writes
JSONL by default (CSV/TSV/text when the output file's extension says so, or
``--output-format``; plain text in, plain text out on stdout).
A file output is written to a temporary file and renamed into place, so an
interrupted or failed run never leaves a half-written dataset behind.

The summary on stderr has counts per entity type, never values.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
import tempfile

from common.data import is_json_object

FORMATS = ("jsonl", "csv", "tsv", "text")
_EXTENSIONS = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
}
_CHUNK = 4096  # records scrubbed and written per step
# Quasi-identifier switches: --dates/--no-dates etc., on top of the policy.
QUASI_SWITCHES = {
    "dates": ("DATE_TIME", "dates"),
    "date-parts": ("DATE_PART", "years, months and weekdays alone, and relative points in time "
                                "('yesterday', 'last friday')"),
    "ages": ("AGE", "ages"),
    "groups": ("NRP", "nationality, religious or political groups"),
    "occupations": ("OCCUPATION", "occupations"),
}


class InputError(Exception):
    """A problem with the input or options, reported as one ``error:`` line."""


# Copies of client.scrub's names, so that defining the arguments (and `--help`) does
# not import Presidio; tests/test_cli_fast.py checks that they match.
HASH_KEY_ENV = "PRIVATUNE_SCRUB_KEY"
OPERATORS = ("replace", "mask", "hash")
DEFAULT_QUASI_IDENTIFIERS = ("DATE_TIME", "AGE", "NRP")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--input", required=True, metavar="FILE|-",
                        help="dataset to scrub; - reads stdin")
    parser.add_argument("--output", required=True, metavar="FILE|-",
                        help="where to write the scrubbed dataset; - writes stdout")
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help="input format; text is one text per line (default: from the file extension; "
                             "for stdin jsonl if its first line is a JSON object, else text)")
    parser.add_argument("--output-format", choices=FORMATS, default=None,
                        help="output format (default: from the output extension, else text for text "
                             "input, else jsonl)")
    parser.add_argument("--text-field", default="text", metavar="NAME",
                        help="field (JSONL key or CSV/TSV column) holding the text (default: text)")
    parser.add_argument("--operator", default="replace", metavar="SPEC",
                        help=f"{'|'.join(OPERATORS)} for all types, or per type, e.g. "
                             "'replace,PERSON=hash,EMAIL_ADDRESS=mask' (default: replace)")
    parser.add_argument("--entities", default=None, metavar="TYPE,...",
                        help="comma-separated entity types to remove (default: every direct identifier "
                             "and the quasi-identifiers switched on below; see docs/scrubbing.md)")
    for flag, (entity, what) in QUASI_SWITCHES.items():
        parser.add_argument(f"--{flag}", action=argparse.BooleanOptionalAction, default=None,
                            help=f"remove {what} ({entity}); default: "
                                 f"{'yes' if entity in DEFAULT_QUASI_IDENTIFIERS else 'no'}")
    parser.add_argument("--hash-key-file", default=None, metavar="FILE",
                        help=f"secret key for the hash operator (default: ${HASH_KEY_ENV})")
    parser.add_argument("--batch-size", type=int, default=256, metavar="N",
                        help="documents per spaCy batch (default: 256)")
    parser.add_argument("--processes", type=int, default=1, metavar="N",
                        help="spaCy worker processes (default: 1)")


def run(args: argparse.Namespace) -> int:
    """Run the scrub command; returns the exit code (0 ok, 2 bad input)."""
    try:
        return _run(args)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    from client import scrub

    in_fmt = args.format or (None if args.input == "-" else _format_from_name(args.input, "--format", default="jsonl"))
    out_fmt = getattr(args, "output_format", None) or _format_from_name(
        args.output, "--output-format", default="", strict=False
    )
    if args.batch_size < 1 or args.processes < 1:
        raise InputError("--batch-size and --processes must be at least 1")
    entities = [e.strip() for e in args.entities.split(",") if e.strip()] if args.entities else None
    try:
        operator = scrub.parse_operator_spec(args.operator)
        if entities is not None:
            entities = list(scrub._check_entities(entities))
    except ValueError as exc:
        raise InputError(str(exc)) from None
    entities = _policy(args, entities)
    hash_key = _hash_key(args, operator, entities)

    records, fieldnames, in_fmt = _read(args.input, in_fmt, args.text_field)
    out_fmt = out_fmt or ("text" if in_fmt == "text" else "jsonl")
    if fieldnames is None and out_fmt in ("csv", "tsv"):
        # JSONL records may differ in keys; the table gets all of them.
        fieldnames = list(dict.fromkeys(key for record in records for key in record))

    total = scrub.ScrubSummary()
    with _open_output(args.output) as out:
        writer = _writer(out, out_fmt, fieldnames, args.text_field)
        for start in range(0, len(records), _CHUNK):
            chunk = records[start:start + _CHUNK]
            texts, summary = scrub.scrub_texts(
                [r[args.text_field] for r in chunk],
                entities=entities, operator=operator, hash_key=hash_key,
                batch_size=args.batch_size, n_process=args.processes,
            )
            total = total.merged(summary)
            for record, text in zip(chunk, texts):
                record[args.text_field] = text
                writer(record)
    _print_summary(total)
    return 0


# ------------------------------------------------------------------ options


def _format_from_name(name: str, flag: str, *, default: str, strict: bool = True) -> str:
    if name == "-":
        return default
    ext = os.path.splitext(name)[1].lower()
    if ext in _EXTENSIONS:
        return _EXTENSIONS[ext]
    if not strict:
        return default
    raise InputError(
        f"cannot tell the format of {name!r} from its extension; "
        f"pass {flag} {'|'.join(FORMATS)}"
    )


def _policy(args, entities: list[str] | None) -> list[str]:
    """--entities (default: the direct identifiers and the default
    quasi-identifiers), with each quasi-identifier switch applied on top."""
    from client.scrub import DEFAULT_ENTITIES

    chosen = list(DEFAULT_ENTITIES if entities is None else entities)
    for flag, (entity, _) in QUASI_SWITCHES.items():
        on = getattr(args, flag.replace("-", "_"), None)
        if on and entity not in chosen:
            chosen.append(entity)
        elif on is False and entity in chosen:
            chosen.remove(entity)
    return chosen


def _hash_key(args, operator: dict, entities) -> bytes | None:
    from client.scrub import HASH_KEY_ENV, site_hash_key

    needs_key = any(operator.get(e, operator["DEFAULT"]) == "hash" for e in entities)
    try:
        key = site_hash_key(args.hash_key_file)
    except OSError as exc:
        raise InputError(
            f"cannot read --hash-key-file {args.hash_key_file!r} ({exc.strerror}); "
            "point it at the site's secret key file"
        ) from None
    if args.hash_key_file and not key:
        raise InputError(f"--hash-key-file {args.hash_key_file!r} is empty; put the secret key in it")
    if needs_key and not key:
        raise InputError(
            f"operator 'hash' needs a secret key: pass --hash-key-file FILE "
            f"or set {HASH_KEY_ENV}"
        )
    return key


# ------------------------------------------------------------------ reading


def _read(name: str, fmt: str | None, field: str) -> tuple[list[dict], list[str] | None, str]:
    """(records, table header or None, format); `fmt=None` (stdin): JSONL if the
    first line is a JSON object, else one text per line."""
    data = _read_bytes(name)
    text = _decode(data, name)
    if not text.strip():
        raise InputError(f"input {_label(name)} is empty: there are no records to scrub")
    if fmt is None:
        fmt = "jsonl" if is_json_object(next(line for line in text.splitlines() if line.strip())) else "text"
    if fmt == "text":
        return [{field: line} for line in text.splitlines()], None, fmt
    if fmt == "jsonl":
        return _read_jsonl(text, field), None, fmt
    return (*_read_table(text, field, "," if fmt == "csv" else "\t", fmt), fmt)


def _read_bytes(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        with open(name, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise InputError(f"cannot read --input {name!r} ({exc.strerror})") from None


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{_label(name)} line {line}: not valid UTF-8; "
            "convert the file to UTF-8 first (e.g. iconv -f latin1 -t utf-8)"
        ) from None


def _label(name: str) -> str:
    return "stdin" if name == "-" else repr(name)


def _read_jsonl(text: str, field: str) -> list[dict]:
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"line {number}: not valid JSON ({exc.msg}); "
                "JSONL needs one JSON object per line (or pass --format csv|tsv)"
            ) from None
        if not isinstance(record, dict):
            raise InputError(f"line {number}: expected a JSON object, got {type(record).__name__}")
        _check_text(record, field, number)
        records.append(record)
    return records


def _read_table(text: str, field: str, delimiter: str, fmt: str):
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("input is empty: there are no records to scrub") from None
    except csv.Error as exc:
        raise InputError(f"line 1: unreadable {fmt.upper()} header ({exc})") from None
    if field not in header:
        raise InputError(
            f"line 1: missing text field {field!r} in the {fmt.upper()} header "
            f"(columns: {', '.join(header)}); pass --text-field NAME"
        )
    records = []
    try:
        for row in reader:
            if not row:
                continue
            if len(row) != len(header):
                raise InputError(
                    f"line {reader.line_num}: expected {len(header)} fields, got {len(row)}; "
                    f"check the quoting or pass --format"
                )
            records.append(dict(zip(header, row)))
    except csv.Error as exc:
        raise InputError(f"line {reader.line_num}: malformed {fmt.upper()} ({exc})") from None
    if not records:
        raise InputError("input has a header but no records to scrub")
    return records, header


def _check_text(record: dict, field: str, number: int) -> None:
    if field not in record:
        raise InputError(
            f"line {number}: missing text field {field!r} "
            f"(keys: {', '.join(map(str, record)) or 'none'}); pass --text-field NAME"
        )
    if not isinstance(record[field], str):
        raise InputError(
            f"line {number}: field {field!r} must be a string, got {type(record[field]).__name__}"
        )


# ------------------------------------------------------------------ writing


class _open_output:
    """stdout, or a temporary file beside ``name`` renamed over it on success."""

    def __init__(self, name: str):
        self.name = name
        self.tmp = None

    def __enter__(self):
        if self.name == "-":
            return sys.stdout
        directory = os.path.dirname(os.path.abspath(self.name))
        try:
            fd, self.tmp = tempfile.mkstemp(
                prefix=f".{os.path.basename(self.name)}.", suffix=".tmp", dir=directory
            )
        except OSError as exc:
            raise InputError(f"cannot write --output {self.name!r} ({exc.strerror})") from None
        self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
        return self.fh

    def __exit__(self, exc_type, exc, tb):
        if self.name == "-":
            sys.stdout.flush()
            return False
        try:
            if exc_type is None:
                self.fh.flush()
                os.fsync(self.fh.fileno())
                self.fh.close()
                os.replace(self.tmp, self.name)
                self.tmp = None
        finally:
            if self.tmp is not None:
                self.fh.close()
                os.unlink(self.tmp)
        return False


def _writer(out, fmt: str, fieldnames: list[str] | None, field: str):
    if fmt == "text":
        def write_text(record: dict) -> None:
            text = _cell(record.get(field))
            if "\n" in text or "\r" in text:
                raise InputError("a text holds a line break, which text output cannot keep; "
                                 "pass --output-format jsonl")
            out.write(text + "\n")

        return write_text
    if fmt == "jsonl":
        return lambda record: out.write(json.dumps(record, ensure_ascii=False) + "\n")
    state: dict = {}

    def write(record: dict) -> None:
        if "w" not in state:
            names = fieldnames or list(record)
            state["w"] = csv.DictWriter(
                out, fieldnames=names, delimiter="," if fmt == "csv" else "\t",
                lineterminator="\n", extrasaction="ignore",
            )
            state["w"].writeheader()
        state["w"].writerow({k: _cell(v) for k, v in record.items()})

    return write


def _cell(value) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def _print_summary(summary) -> None:
    lines = [f"scrubbed {summary.documents} documents, removed {summary.total} spans"]
    width = max((len(k) for k in summary.counts), default=0)
    lines += [f"  {entity:<{width}}  {count}" for entity, count in summary.counts.items()]
    print("\n".join(lines), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="privatune scrub", description=__doc__.split("\n")[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
