import math

import pytest
from opacus.accountants import PRVAccountant, RDPAccountant

from common.privacy import LedgerEntry, PrivacyLedger, calibrate_noise, epsilon_of


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


def test_ledger_is_plain_data():
    ledger = PrivacyLedger("prv", [LedgerEntry(3, 0.9, 0.05, 20)])
    again = PrivacyLedger.from_json(ledger.to_json())
    assert again == ledger and again.epsilon(1e-5) == ledger.epsilon(1e-5)


def test_calibrated_noise_spends_the_target():
    sigma = calibrate_noise(3.0, 1e-5, 0.02, 500)
    spent = epsilon_of([(sigma, 0.02, 500)], 1e-5)
    assert 2.95 <= spent <= 3.0


def test_no_steps_no_epsilon_and_no_noise_no_guarantee():
    assert epsilon_of([], 1e-5) == 0.0
    assert epsilon_of([(0.0, 0.1, 10)], 1e-5) == math.inf


@pytest.mark.parametrize("accountant", ["rdp", "prv", "gdp"])
def test_many_rounds_compose_as_one_run(accountant):
    ledger = PrivacyLedger(accountant, [LedgerEntry(r, 1.2, 0.05, 40) for r in range(1, 51)])
    reference = {"rdp": RDPAccountant, "prv": PRVAccountant}.get(accountant)
    one_run = epsilon_of([(1.2, 0.05, 2000)], 1e-5, accountant)
    assert math.isclose(ledger.epsilon(1e-5), one_run, rel_tol=1e-9)
    if reference is not None:  # and what Opacus computes from the unmerged history
        acct = reference()
        acct.history = ledger.history()
        assert math.isclose(ledger.epsilon(1e-5), acct.get_epsilon(1e-5), rel_tol=1e-6)


def test_rounds_with_different_noise_compose():
    ledger = PrivacyLedger("rdp", [LedgerEntry(1, 1.0, 0.1, 30), LedgerEntry(2, 2.0, 0.1, 30), LedgerEntry(3, 1.0, 0.1, 30)])
    reference = RDPAccountant()
    reference.history = [(1.0, 0.1, 30), (2.0, 0.1, 30), (1.0, 0.1, 30)]
    assert math.isclose(ledger.epsilon(1e-5), reference.get_epsilon(1e-5), rel_tol=1e-9)
    with pytest.raises(ValueError, match="gdp accountant cannot compose"):
        PrivacyLedger("gdp", ledger.entries).epsilon(1e-5)
