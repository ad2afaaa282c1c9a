# The validation batch: every case of the parts, in id order.
import val_1, val_2, val_3, val_4, val_5

CASES = sorted(val_1.CASES + val_2.CASES + val_3.CASES + val_4.CASES + val_5.CASES, key=lambda c: c["n"])
