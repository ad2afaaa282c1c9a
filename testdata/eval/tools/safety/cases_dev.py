# The development batch: every case of the parts, in id order.
import dev_1, dev_2, dev_3, dev_4, dev_5, dev_6, dev_7, dev_8

CASES = sorted(dev_1.CASES + dev_2.CASES + dev_3.CASES + dev_4.CASES + dev_5.CASES
               + dev_6.CASES + dev_7.CASES + dev_8.CASES, key=lambda c: c["n"])
