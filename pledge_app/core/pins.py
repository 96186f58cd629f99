"""PINs that unlock a stored signature: salted scrypt hashes, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import os

# scrypt cost: about 50 ms on an office PC; slow enough against guessing a copied file.
_N, _R, _P = 2**14, 8, 1
MIN_PIN_LENGTH = 4


def hash_pin(pin: str) -> str:
    """A storable `scrypt$N$r$p$salt$hash` line for `pin`."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether `pin` is the one `stored` was made from."""
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(
            pin.encode("utf-8"),
            salt=bytes.fromhex(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected) // 2,
        )
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), expected)
