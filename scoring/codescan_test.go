package scoring

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestCodeAtMatchesExpression(t *testing.T) {
	check := func(s string) {
		t.Helper()
		want := reCodeAt.FindStringSubmatchIndex(s)
		end, from, to, ok := codeAt(s)
		var got []int
		if ok {
			got = []int{0, end, from, to}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("%q: codeAt %v, reCodeAt %v", s, got, want)
		}
	}
	for _, s := range []string{
		"code BAKE15", "Code: SAVE20", "promo code  X1", "PROMO CODE: abc", "discount code - “GLOW20”", "coupon code 'ab'",
		"code promo XY12", "code promo", "code promo!!", "código de descuento LUNA10", "codigo descuento ABC",
		"CÓDIGO PROMOCIONAL: xyz1", "código de  promocional A1", "código de", "codice sconto MARIO", "codice  sconto",
		"codice: ab1", "rabattcode LOTTA15", "gutscheincode «abc»", "cupón HOLA", "cupom ABC", "coupon abc", "code ab",
		"code a", "code ab_-", "code _ab", "codeword", "ſconto", "diſcount code ABC", "code \u0345\u0345\u0345",
		"code ١٢٣", "code ⅫⅫⅫ", "code \xff\xffab", "code abcdefghijklmnopqrstuvwxyz", "promocode X123", "code:-X12",
		"code - : X12", "code\t\n\"abc", "code '“abc", "cup\u00d3n abc", "codigo  de descuento", "código de de descuento x1",
	} {
		check(s)
	}
	pieces := []string{"code", "promo", "discount", "coupon", "codigo", "código", "CÓDIGO", "codice", "sconto", "de",
		"descuento", "desconto", "promocional", "rabattcode", "gutscheincode", "cupón", "cupom", "cup", "ó", "on", "ſ",
		" ", "  ", "\t", "\n", ":", "-", "_", "\"", "“", "'", "«", "»", "a", "B", "7", "é", "\u0345", "٣", "Ⅻ", "\xff",
		"ab", "X1", "!", ".", "s", "S", "K", "k"}
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 300000; n++ {
		var b []byte
		for k := r.IntN(8); k >= 0; k-- {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		s := string(b)
		if len(s) == 0 || !(s[0]|0x20 >= 'a' && s[0]|0x20 <= 'z') {
			continue
		}
		check(s)
	}
}

func TestPctAtMatchesExpression(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := pctAt(s), rePctAt.MatchString(s); got != want {
			t.Fatalf("%q: pctAt %v, rePctAt %v", s, got, want)
		}
	}
	for _, s := range []string{"15% off", "15 % OFF", "5%off", "123% off", "15%  off", "15 %de descuento", "20% de  réduction",
		"20% DE RÉDUCTION", "20% de reduction", "30 % di sconto", "30% sconto", "10% rabatt", "10% de remise", "10% desconto",
		"10% de desconto", "10% descuento", "1%", "1 %", "12", "10% ſconto", "10% of", "10%\toff", "10%\n de\tdescuento"} {
		check(s)
	}
	pieces := []string{"1", "2", "0", "%", " ", "  ", "\t", "off", "OFF", "of", "de", "DE", "descuento", "desconto", "rabatt",
		"di", "sconto", "r", "é", "É", "e", "duction", "remise", "ſ", "s", "x", "!", "\xff"}
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 300000; n++ {
		b := []byte{byte('0' + r.IntN(10))}
		for k := r.IntN(8); k >= 0; k-- {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		check(string(b))
	}
}
