"""DP class prototypes (client/train.py `release_prototypes`): the
release is each client's per-class sums of unit-norm embeddings plus Gaussian noise, so one
example moves it by at most a unit vector (sensitivity 1: the accountant's (sigma, 1.0, 1)
entry is exact); the noise has std sigma on every entry and comes fresh each call; and the
server's FedAvg of the clients' heads is the prototype classifier over all clients."""

import types

import pytest
import torch
from torch import nn

from client.train import release_prototypes

LABELS, DIM = 5, 16


def client(n: int, seed: int):
    gen = torch.Generator().manual_seed(seed)
    x = 3.0 * torch.randn(n, DIM, generator=gen)  # not unit norm: the release must normalise
    y = torch.randint(0, LABELS, (n,), generator=gen)
    return x, y


def head_of(x, y, sigma, scale, centre=None) -> tuple[torch.Tensor, torch.Tensor]:
    model = types.SimpleNamespace(head=nn.Linear(DIM, LABELS))
    result = release_prototypes(model, x, y, sigma, len(y), scale, centre)
    assert result.steps == 1
    return model.head.weight.detach().clone(), model.head.bias.detach().clone()


def released_sums(weight, n, scale):
    """Undo the public scaling s * labels / n: what the Gaussian mechanism released."""
    return weight * n / (scale * LABELS)


@pytest.mark.parametrize("centre", [None, torch.full((DIM,), 0.5)])
def test_noiseless_release_is_the_per_class_sum_of_unit_embeddings(centre):
    x, y = client(40, 0)
    weight, bias = head_of(x, y, 0.0, 7.0, centre)
    expected = torch.zeros(LABELS, DIM)
    for row, label in zip(x, y):  # one example at a time
        v = row if centre is None else row - centre
        expected[label] += v / v.norm()
    torch.testing.assert_close(released_sums(weight, 40, 7.0), expected)
    torch.testing.assert_close(bias, torch.zeros(LABELS) if centre is None else -(weight @ centre))


def test_one_example_moves_the_release_by_exactly_a_unit_vector():
    x, y = client(30, 1)
    centre = torch.full((DIM,), 0.2)
    with_all = released_sums(head_of(x, y, 0.0, 30.0, centre)[0], 30, 30.0)
    without_last = released_sums(head_of(x[:-1], y[:-1], 0.0, 30.0, centre)[0], 29, 30.0)
    change = with_all - without_last
    assert torch.count_nonzero(change.abs().sum(1) > 1e-6) == 1  # one class's row
    torch.testing.assert_close(change.norm(), torch.tensor(1.0))


def test_the_noise_has_std_sigma_everywhere_and_is_fresh():
    sigma, n, scale = 2.5, 20, 30.0
    labels, dim = 77, 384  # the real head's size: enough entries to measure the std
    gen = torch.Generator().manual_seed(3)
    big_x, big_y = torch.randn(n, dim, generator=gen), torch.randint(0, labels, (n,), generator=gen)
    model = types.SimpleNamespace(head=nn.Linear(dim, labels))
    release_prototypes(model, big_x, big_y, 0.0, n, scale)
    clean = model.head.weight.detach().clone()
    release_prototypes(model, big_x, big_y, sigma, n, scale)
    first = model.head.weight.detach().clone()
    release_prototypes(model, big_x, big_y, sigma, n, scale)
    second = model.head.weight.detach().clone()
    noise = (first - clean) * n / (scale * labels)
    assert abs(float(noise.std()) / sigma - 1) < 0.03 and abs(float(noise.mean())) < 0.03 * sigma
    assert (noise.abs().sum(1) > 0).all()  # also the classes this client does not hold
    assert not torch.equal(first, second)  # fresh noise each release, whatever the seed


def test_fedavg_of_the_clients_heads_is_the_prototype_classifier():
    scale = 3.0
    centre = torch.full((DIM,), -0.3)
    clients = [client(n, seed) for n, seed in ((12, 4), (30, 5), (7, 6))]
    heads = [head_of(x, y, 0.0, scale, centre) for x, y in clients]
    total = sum(len(y) for _, y in clients)
    weight = sum(w * len(y) for (w, _), (_, y) in zip(heads, clients)) / total  # FedAvg, weighted by examples
    bias = sum(b * len(y) for (_, b), (_, y) in zip(heads, clients)) / total
    x_all, y_all = torch.cat([x for x, _ in clients]), torch.cat([y for _, y in clients])
    sums = torch.zeros(LABELS, DIM).index_add_(0, y_all, nn.functional.normalize(x_all - centre, dim=-1))
    torch.testing.assert_close(weight, scale * LABELS * sums / total)
    torch.testing.assert_close(bias, -(weight @ centre))
    probe = torch.randn(9, DIM)
    torch.testing.assert_close(probe @ weight.T + bias, (probe - centre) @ (scale * LABELS * sums / total).T)


def test_the_cosine_classifier_after_fedavg_picks_the_nearest_prototype():
    from common.model import prototype_classifier

    scale = 30.0
    centre = torch.full((DIM,), 0.4)
    clients = [client(n, seed) for n, seed in ((25, 7), (40, 8))]
    heads = [head_of(x, y, 0.5, scale, centre) for x, y in clients]
    total = sum(len(y) for _, y in clients)
    head = nn.Linear(DIM, LABELS)
    with torch.no_grad():  # FedAvg, weighted by examples
        head.weight.copy_(sum(w * len(y) for (w, _), (_, y) in zip(heads, clients)) / total)
        head.bias.copy_(sum(b * len(y) for (_, b), (_, y) in zip(heads, clients)) / total)
    prototypes = head.weight.detach().clone()  # proportional to the summed releases
    prototype_classifier(head, centre, scale)
    torch.testing.assert_close(head.weight.norm(dim=1), torch.full((LABELS,), 30.0))
    probe = 3.0 * torch.randn(50, DIM)
    cosines = nn.functional.normalize(probe - centre, dim=-1) @ nn.functional.normalize(prototypes, dim=-1).T
    assert torch.equal((probe @ head.weight.T + head.bias).argmax(-1), cosines.argmax(-1))
