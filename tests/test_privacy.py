import math

from opacus.accountants import RDPAccountant

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
