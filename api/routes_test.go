package api_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// registeredRoutes walks the api package's source and returns every route
// pattern registered with mux.HandleFunc or mux.Handle (a string literal
// first argument). Routes must be registered that way so the role table
// and the OpenAPI tests can see them; a pattern built at run time would be
// invisible, and TestRoutesAreLiterals refuses it.
func registeredRoutes(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		tb.Fatal(err)
	}
	seen := map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			tb.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 2 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || (sel.Sel.Name != "HandleFunc" && sel.Sel.Name != "Handle") {
				return true
			}
			if id, ok := sel.X.(*ast.Ident); !ok || id.Name != "mux" {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				tb.Errorf("%s: route pattern is not a string literal; the role table and OpenAPI tests cannot see it", fset.Position(call.Pos()))
				return true
			}
			p, err := strconv.Unquote(lit.Value)
			if err != nil {
				tb.Fatal(err)
			}
			seen[p] = true
			return true
		})
	}
	out := make([]string, 0, len(seen))
	for p := range seen {
		out = append(out, p)
	}
	sort.Strings(out)
	if len(out) < 5 {
		tb.Fatalf("found only %d routes: %v", len(out), out)
	}
	return out
}

var wildcard = regexp.MustCompile(`\{[^}]*\}`)

// exampleRequest turns a pattern into a method and a path that the mux
// routes to it: wildcards become "x", {$} nothing, and a subtree pattern
// ("/static/") gets "x" appended.
func exampleRequest(pattern string) (method, path string) {
	method, path, ok := strings.Cut(pattern, " ")
	if !ok {
		method, path = "GET", pattern
	}
	path = strings.ReplaceAll(path, "{$}", "")
	path = wildcard.ReplaceAllString(path, "x")
	if strings.HasSuffix(path, "/") && path != "/" {
		path += "x"
	}
	return method, path
}
