package store_test

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"
	"time"

	"github.com/scout-oss/scout"
)

func TestKeys(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := MustOpen(t, dir)

	k, secret, err := db.CreateKey(ctx, "ci bot", scout.RoleEditor)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(secret, "scout_"+k.ID+"_") || len(secret) != len("scout_")+16+1+52 {
		t.Errorf("secret %q is not scout_ID_SECRET", secret)
	}
	if strings.Contains(string(k.Hash), secret) || len(k.Hash) != 32 {
		t.Errorf("hash is %d bytes; want the 32-byte SHA-256", len(k.Hash))
	}

	t.Run("OK_Authenticate", func(t *testing.T) {
		got, err := db.Authenticate(ctx, secret)
		if err != nil {
			t.Fatal(err)
		}
		if got.ID != k.ID || got.Role != scout.RoleEditor || got.Name != "ci bot" || got.LastUsedAt == nil {
			t.Errorf("got %+v", got)
		}
	})

	t.Run("OK_LastUsedThrottled", func(t *testing.T) {
		a, _ := db.Authenticate(ctx, secret)
		b, _ := db.Authenticate(ctx, secret) // the test clock moves 1 s per reading
		if !a.LastUsedAt.Equal(*b.LastUsedAt) {
			t.Errorf("last_used rewritten within a minute: %v then %v", a.LastUsedAt, b.LastUsedAt)
		}
	})

	t.Run("ErrUnauthorized", func(t *testing.T) {
		flipped := secret[:len(secret)-1] + "a"
		if strings.HasSuffix(secret, "a") {
			flipped = secret[:len(secret)-1] + "b"
		}
		for _, bad := range []string{"", "nope", flipped, "scout_" + strings.Repeat("a", 16) + "_" + strings.Repeat("b", 52), strings.ToUpper(secret)} {
			if _, err := db.Authenticate(ctx, bad); scout.ErrorCode(err) != scout.EUNAUTHORIZED {
				t.Errorf("Authenticate(%q) = %v; want unauthorized", bad, err)
			}
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		if _, _, err := db.CreateKey(ctx, " ", scout.RoleViewer); scout.ErrorCode(err) != scout.EINVALID {
			t.Errorf("empty name: %v", err)
		}
		if _, _, err := db.CreateKey(ctx, "x", "root"); scout.ErrorCode(err) != scout.EINVALID {
			t.Errorf("bad role: %v", err)
		}
	})

	t.Run("OK_ListAndRevoke", func(t *testing.T) {
		k2, secret2, err := db.CreateKey(ctx, "admin", scout.RoleAdmin)
		if err != nil {
			t.Fatal(err)
		}
		ks, err := db.FindKeys(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(ks) != 2 || ks[0].ID != k.ID || ks[1].ID != k2.ID {
			t.Fatalf("FindKeys = %v; want [%s %s] oldest first", ks, k.ID, k2.ID)
		}
		if err := db.RevokeKey(ctx, k2.ID); err != nil {
			t.Fatal(err)
		}
		if err := db.RevokeKey(ctx, k2.ID); err != nil {
			t.Errorf("second revoke: %v", err)
		}
		if _, err := db.Authenticate(ctx, secret2); scout.ErrorCode(err) != scout.EUNAUTHORIZED {
			t.Errorf("revoked key authenticates: %v", err)
		}
		if err := db.RevokeKey(ctx, "nope"); scout.ErrorCode(err) != scout.ENOTFOUND {
			t.Errorf("revoke unknown: %v", err)
		}
		ks, _ = db.FindKeys(ctx)
		if !ks[1].Revoked() || ks[0].Revoked() {
			t.Errorf("revoked flags: %v %v", ks[0].RevokedAt, ks[1].RevokedAt)
		}
	})
}

func TestKeysEmptyStore(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t, "")
	ks, err := db.FindKeys(ctx)
	if err != nil || len(ks) != 0 {
		t.Errorf("FindKeys on a new store = %v, %v", ks, err)
	}
	if _, err := db.Authenticate(ctx, "scout_"+strings.Repeat("a", 16)+"_"+strings.Repeat("b", 52)); scout.ErrorCode(err) != scout.EUNAUTHORIZED {
		t.Errorf("Authenticate on a new store: %v", err)
	}
}

// TestKeysConstantTime checks the source: Authenticate must compare hashes
// with crypto/subtle and never with bytes.Equal or ==, which return at the
// first differing byte and so leak how much of a guess was right.
func TestKeysConstantTime(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "apikeys.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var auth *ast.FuncDecl
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "Authenticate" {
			auth = fd
		}
	}
	if auth == nil {
		t.Fatal("no Authenticate in apikeys.go")
	}
	subtle, leaky := 0, 0
	ast.Inspect(auth, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				switch id.Name + "." + sel.Sel.Name {
				case "subtle.ConstantTimeCompare":
					subtle++
				case "bytes.Equal", "bytes.Compare", "reflect.DeepEqual":
					leaky++
				}
			}
		}
		return true
	})
	if subtle != 1 || leaky != 0 {
		t.Errorf("Authenticate calls subtle.ConstantTimeCompare %d times and a leaky compare %d times; want 1 and 0", subtle, leaky)
	}
}

// TestKeysSurviveReopen checks keys are on disk, not in memory.
func TestKeysSurviveReopen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := MustOpen(t, dir)
	_, secret, err := db.CreateKey(ctx, "ops", scout.RoleAdmin)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db2 := MustOpen(t, dir)
	db2.Now = func() time.Time { return t0.Add(time.Hour) }
	if _, err := db2.Authenticate(ctx, secret); err != nil {
		t.Errorf("after reopen: %v", err)
	}
}
