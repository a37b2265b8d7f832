import json

import pytest

from common.config import RunConfig
from common.data import DataError, demo_corpus, load_splits, partition, read_table


def test_reads_csv_tsv_jsonl(tmp_path):
    (tmp_path / "a.csv").write_text('text,label\n"hello, there",greet\nbye,leave\n')
    (tmp_path / "a.tsv").write_text("label\ttext\ngreet\thello\n")
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "hi", "label": 1}) + "\n\n")
    assert read_table(tmp_path / "a.csv", "text", "label").texts == ["hello, there", "bye"]
    assert read_table(tmp_path / "a.tsv", "text", "label").labels == ["greet"]
    assert read_table(tmp_path / "a.jsonl", "text", "label").labels == ["1"]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("missing.csv", None, "data file not found"),
        ("empty.csv", "", "no rows; the dataset is empty"),
        ("cols.csv", "body,label\nx,y\n", "no column 'text' (found: body, label)"),
        ("bad.jsonl", '{"text": "a", "label": "b"}\nnot json\n', "line 2: not valid JSON"),
        ("latin.csv", b"text,label\ncaf\xe9,x\n", "not UTF-8"),
        ("data.parquet", "x", "unknown file type"),
    ],
)
def test_bad_files_get_one_clear_error(tmp_path, name, content, message):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content)
    with pytest.raises(DataError) as err:
        read_table(path, "text", "label")
    assert message in str(err.value) and "\n" not in str(err.value)


def test_demo_corpus_is_deterministic_and_labelled():
    a_train, a_test = demo_corpus(300, seed=7)
    b_train, _ = demo_corpus(300, seed=7)
    assert a_train == b_train and len(a_train) == 300 and len(set(a_train.labels)) == 8
    assert "@" not in " ".join(a_test.texts)  # the server's test split holds only type tags
    assert any("@" in text for text in a_train.texts)


def test_partitions_cover_the_data_without_overlap():
    cfg = RunConfig(demo_examples=400, num_clients=4, clients_per_round=4, dirichlet_alpha=0.5)
    train, test = load_splits(cfg)
    parts = [partition(train, cfg, i) for i in range(4)]
    assert sum(len(p) for p in parts) == len(train)
    assert len({len(p) for p in parts}) > 1  # non-IID sizes


def test_test_file_may_name_its_text_column_differently(tmp_path):
    (tmp_path / "train.tsv").write_text("label\tsentence\n" + "".join(f"{i % 2}\tgood film {i}\n" for i in range(20)))
    (tmp_path / "dev.tsv").write_text("label\tcontent\n1\tgreat\n0\tbad\n")
    cfg = RunConfig(data=str(tmp_path / "train.tsv"), test_data=str(tmp_path / "dev.tsv"),
                    text_column="sentence", test_text_column="content")
    train, test = load_splits(cfg)
    assert len(train) == 20 and test.texts == ["great", "bad"]
