import math

import pytest
import torch
from dp_accounting import dp_event
from dp_accounting.pld import pld_privacy_accountant
from opacus.accountants import PRVAccountant, RDPAccountant

from common.privacy import (LedgerEntry, PrivacyLedger, calibrate_noise, cross_check, epsilon_of, fresh_generator,
                            independent_epsilon, noisy_count)


def test_ledger_composes_rounds_like_one_opacus_accountant():
    ledger = PrivacyLedger("rdp")
    ledger.record(LedgerEntry(1, 1.1, 0.1, 50))
    first = ledger.epsilon(1e-5)
    ledger.record(LedgerEntry(2, 1.1, 0.1, 50))
    second = ledger.epsilon(1e-5)
    reference = RDPAccountant()
    reference.history = [(1.1, 0.1, 100)]
    assert 0 < first < second
    assert math.isclose(second, reference.get_epsilon(1e-5), rel_tol=1e-9)


def test_ledger_is_plain_data_and_refuses_what_it_cannot_read():
    ledger = PrivacyLedger("prv", [LedgerEntry(3, 0.9, 0.05, 20), LedgerEntry(1, 10.0, 1.0, 1, "count")], {"abc": 412})
    again = PrivacyLedger.from_json(ledger.to_json())
    assert again == ledger and again.epsilon(1e-5) == ledger.epsilon(1e-5)
    with pytest.raises(ValueError):
        PrivacyLedger.from_json('{"accountant": "gdp", "entries": []}')


def test_calibrated_noise_spends_the_budget_including_what_was_spent():
    spent = [(10.0, 1.0, 1)]  # the noisy count, already released
    sigma = calibrate_noise(3.0, 1e-5, spent, 0.02, 500, "rdp")
    total = epsilon_of(spent + [(sigma, 0.02, 500)], 1e-5, "rdp")
    assert 2.95 <= total <= 3.0
    assert epsilon_of(spent + [(sigma * 0.99, 0.02, 500)], 1e-5, "rdp") > 3.0  # the smallest such noise
    with pytest.raises(ValueError, match="already spent"):
        calibrate_noise(0.001, 1e-5, spent, 0.02, 500, "rdp")


def test_no_steps_no_epsilon_and_no_noise_no_guarantee():
    assert epsilon_of([], 1e-5) == 0.0
    assert epsilon_of([(0.0, 0.1, 10)], 1e-5) == math.inf
    assert independent_epsilon([(0.0, 0.1, 10)], 1e-5) == math.inf


@pytest.mark.parametrize("accountant", ["rdp", "prv"])
def test_many_rounds_compose_as_one_run(accountant):
    ledger = PrivacyLedger(accountant, [LedgerEntry(r, 1.2, 0.05, 40) for r in range(1, 51)])
    reference = {"rdp": RDPAccountant, "prv": PRVAccountant}[accountant]()
    reference.history = ledger.history()  # unmerged, as Opacus keeps it
    assert math.isclose(ledger.epsilon(1e-5), reference.get_epsilon(1e-5), rel_tol=1e-6)


def test_gdp_is_not_offered():
    with pytest.raises(ValueError, match="unknown accountant"):
        epsilon_of([(1.0, 0.1, 10)], 1e-5, "gdp")


def test_independent_epsilon_is_dp_accounting_pld_and_agrees_with_prv():
    history = [(10.0, 1.0, 1), (1.0, 0.05, 1000)]
    reference = pld_privacy_accountant.PLDAccountant(value_discretization_interval=1e-3)
    reference.compose(dp_event.GaussianDpEvent(10.0))
    reference.compose(dp_event.PoissonSampledDpEvent(0.05, dp_event.GaussianDpEvent(1.0)), 1000)
    pld = reference.get_epsilon(1e-5)
    assert math.isclose(independent_epsilon(history, 1e-5), pld, rel_tol=1e-3)
    prv = epsilon_of(history, 1e-5, "prv")
    assert cross_check(prv, pld, "prv") and abs(prv - pld) / pld < 0.01
    # The check fails on an under-report, and on a PRV figure far above PLD.
    assert not cross_check(pld * 0.9, pld, "prv") and not cross_check(pld * 1.2, pld, "prv")
    assert cross_check(epsilon_of(history, 1e-5, "rdp"), pld, "rdp")  # RDP: a looser upper bound


def test_privacy_randomness_is_fresh_each_time_and_ignores_the_global_seed():
    torch.manual_seed(0)
    a = torch.randn(8, generator=fresh_generator())
    torch.manual_seed(0)
    b = torch.randn(8, generator=fresh_generator())
    assert not torch.equal(a, b)
    torch.manual_seed(0)
    counts = {noisy_count(500, 10.0) for _ in range(20)}
    assert len(counts) > 5 and all(430 < c < 570 for c in counts)
