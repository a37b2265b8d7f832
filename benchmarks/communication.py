"""Bytes a client uploads per round: the reply's ArrayRecord, built exactly as the
ClientApp builds it (`ArrayRecord(trainable_state(model))`), for each train mode.

Three sizes per mode:
  count_bytes   Flower's own count of the record's array payload
  protobuf      the record serialised as Flower's protobuf (serde.array_record_to_proto)
  objects       what Flower 1.4x actually ships: the record deflated into content-
                addressed objects (record + one object per array), summed
The metrics record (a few dozen numbers) adds well under 2 kB and is left out.

    PYTHONPATH=. python benchmarks/communication.py [--labels 77] [--ranks 4,8,16]
"""

from __future__ import annotations

import argparse

from benchmarks.helpers import table, write_results

TARGET_LORA_MB = 0.5


def measure(mode: str, labels: int, rank: int, model_name: str) -> dict:
    import torch
    from flwr.app import ArrayRecord
    from flwr.common.serde import array_record_to_proto
    from flwr.supercore.inflatable.inflatable_object import get_all_nested_objects

    from common.model import build_model, trainable_state

    model, _ = build_model(model_name, labels, mode, lora_rank=rank, seed=0)
    # Trained values: at initialisation every lora_B is zeros, and Flower's content-
    # addressed objects would ship identical arrays once; after training they differ.
    torch.manual_seed(1)
    state = {k: v + 1e-3 * torch.randn_like(v) for k, v in trainable_state(model).items()}
    record = ArrayRecord(state)
    objects = get_all_nested_objects(record)
    return {
        "mode": mode,
        "lora_rank": rank if mode == "lora" else None,
        "labels": labels,
        "tensors": len(state),
        "parameters": sum(t.numel() for t in state.values()),
        "count_bytes": record.count_bytes(),
        "protobuf_bytes": len(array_record_to_proto(record).SerializeToString()),
        "objects_bytes": sum(len(obj.deflate()) for obj in objects.values()),
        "objects": len(objects),
        "total_model_parameters": sum(p.numel() for p in model.parameters()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="all-MiniLM-L6-v2")
    parser.add_argument("--labels", type=int, default=77, help="classes of the head (BANKING77: 77)")
    parser.add_argument("--ranks", default="4,8,16", help="LoRA ranks to measure")
    args = parser.parse_args()

    cases = [measure("head", args.labels, 8, args.model)]
    cases += [measure("lora", args.labels, int(r), args.model) for r in args.ranks.split(",")]
    cases.append(measure("full", args.labels, 8, args.model))

    rows = []
    for c in cases:
        mb = c["objects_bytes"] / 1e6
        target = "-"
        if c["mode"] == "lora":
            target = "met" if mb <= TARGET_LORA_MB else f"missed by {mb / TARGET_LORA_MB - 1:.0%}"
        rows.append([c["mode"] + (f" r{c['lora_rank']}" if c["lora_rank"] else ""), c["tensors"], f"{c['parameters']:,}",
                     c["count_bytes"] / 1e6, c["protobuf_bytes"] / 1e6, mb, f"{c['parameters'] / c['total_model_parameters']:.2%}", target])
    table(f"Upload per client per round ({args.model}, {args.labels} labels; MB = 10^6 bytes)",
          ["mode", "tensors", "parameters", "count_bytes MB", "protobuf MB", "objects MB", "share of model", f"LoRA <= {TARGET_LORA_MB} MB"], rows)
    write_results("communication", {"model": args.model, "target_lora_mb": TARGET_LORA_MB, "cases": cases})


if __name__ == "__main__":
    main()
