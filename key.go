package scout

import (
	"context"
	"strings"
	"time"
)

// Role is what an API key may do. Roles are ordered: each one may do
// everything the roles below it may.
type Role string

// The roles, lowest first. RolePublic is not a key's role: it marks the
// routes (health check, metrics, the OpenAPI document) that need no key.
const (
	RolePublic Role = "public"
	RoleViewer Role = "viewer" // search and read
	RoleEditor Role = "editor" // + shortlists, briefs, flag reviews, saved searches and watches
	RoleAdmin  Role = "admin"  // + crawls, schedules, erasure, keys
)

// Roles lists the roles a key may have, lowest first, for help texts and
// validation messages.
var Roles = []Role{RoleViewer, RoleEditor, RoleAdmin}

// rank orders the roles; unknown roles rank below everything.
func (r Role) rank() int {
	switch r {
	case RolePublic:
		return 0
	case RoleViewer:
		return 1
	case RoleEditor:
		return 2
	case RoleAdmin:
		return 3
	}
	return -1
}

// Allows reports whether a key with role r may use a route that needs
// role need. Unknown roles allow nothing, so a corrupt record fails closed.
func (r Role) Allows(need Role) bool {
	if r.rank() < 1 || need.rank() < 0 {
		return false
	}
	return r.rank() >= need.rank()
}

// ParseRole reads a key role (viewer, editor or admin, any case). EINVALID
// for anything else, naming the valid roles.
func ParseRole(s string) (Role, error) {
	r := Role(strings.ToLower(strings.TrimSpace(s)))
	for _, ok := range Roles {
		if r == ok {
			return r, nil
		}
	}
	return "", Errorf(EINVALID, "role must be viewer, editor or admin; got %q", s)
}

// APIKey is one credential for the HTTP API. The secret itself is shown
// once, when the key is created; Scout keeps only its hash, so a leaked
// store does not leak usable keys.
type APIKey struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Role Role   `json:"role"`
	// Hash is the SHA-256 of the full secret. Keys are 256-bit random
	// values, so a fast hash is enough: there is nothing to brute-force
	// that a slow hash would protect. Never serialized to clients.
	Hash       []byte     `json:"-"`
	CreatedAt  time.Time  `json:"created_at"`
	LastUsedAt *time.Time `json:"last_used_at"`
	RevokedAt  *time.Time `json:"revoked_at"`
}

// Revoked reports whether the key was revoked and so authenticates nothing.
func (k *APIKey) Revoked() bool { return k.RevokedAt != nil }

// Validate checks a key's name and role before it is stored.
func (k *APIKey) Validate() error {
	if strings.TrimSpace(k.Name) == "" {
		return Errorf(EINVALID, "a key needs a name (who or what uses it)")
	}
	if len(k.Name) > 200 {
		return Errorf(EINVALID, "key name is %d characters; at most 200", len(k.Name))
	}
	if _, err := ParseRole(string(k.Role)); err != nil {
		return err
	}
	return nil
}

// KeyService keeps API keys (implemented by store on bbolt).
type KeyService interface {
	// CreateKey stores a new key with a fresh random secret and returns the
	// key and the secret. The secret is not kept and cannot be shown
	// again. EINVALID for an empty name or unknown role.
	CreateKey(ctx context.Context, name string, role Role) (*APIKey, string, error)
	// FindKeys returns every key, revoked ones included, oldest first.
	FindKeys(ctx context.Context) ([]*APIKey, error)
	// Authenticate returns the key whose secret this is, comparing hashes
	// in constant time, and records when it was last used.
	// EUNAUTHORIZED for a malformed, unknown or revoked secret.
	Authenticate(ctx context.Context, secret string) (*APIKey, error)
	// RevokeKey revokes the key at once and for good. ENOTFOUND when
	// there is no such key; revoking twice is harmless.
	RevokeKey(ctx context.Context, id string) error
}
