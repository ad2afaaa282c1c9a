package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
)

// completionCommand is a func, not a var like the other commands: its
// run reads commands(), which lists it.
func completionCommand() *command {
	return &command{
		name:  "completion",
		usage: "bash|zsh|fish",
		summary: `print a shell completion script for commands, subcommands and flags

  bash   source <(scout completion bash)            (or save it in /etc/bash_completion.d/scout)
  zsh    scout completion zsh > "${fpath[1]}/_scout"  (then start a new shell)
  fish   scout completion fish > ~/.config/fish/completions/scout.fish`,
		run: runCompletion,
	}
}

// subcommandWords are the words that may follow a command that has
// subcommands of its own.
var subcommandWords = map[string][]string{
	"shortlist":  {"create", "list", "show", "add", "stage", "note", "rm"},
	"hidden":     {"list", "add", "rm"},
	"schedule":   {"list", "add", "rm"},
	"keys":       {"create", "list", "revoke"},
	"creator":    {"show"},
	"jobs":       {"list", "show"},
	"completion": {"bash", "zsh", "fish"},
}

// completionFlag is one flag of a command, as completion scripts offer it.
type completionFlag struct {
	name, usage string
	takesValue  bool
}

// completionCommandInfo is a command with its flags.
type completionCommandInfo struct {
	name, summary string
	flags         []completionFlag
	subcommands   []string
}

// completionInfo lists every command and its flags. The flags are read by
// running each command with -h on a Main that writes nowhere: commands
// declare their flags before they parse, and -h stops them there, so the
// scripts can never drift from the flags.
func completionInfo(ctx context.Context) []completionCommandInfo {
	var out []completionCommandInfo
	for _, c := range commands() {
		fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		quiet := &Main{Stdout: io.Discard, Stderr: io.Discard, Getenv: func(string) string { return "" }}
		_ = c.run(ctx, quiet, fs, []string{"-h"})
		info := completionCommandInfo{name: c.name, subcommands: subcommandWords[c.name]}
		info.summary, _, _ = strings.Cut(c.summary, "\n")
		fs.VisitAll(func(f *flag.Flag) {
			b, isBool := f.Value.(interface{ IsBoolFlag() bool })
			info.flags = append(info.flags, completionFlag{name: f.Name, usage: f.Usage, takesValue: !isBool || !b.IsBoolFlag()})
		})
		out = append(out, info)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

func runCompletion(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("name one shell: bash, zsh or fish")
	}
	info := completionInfo(ctx)
	switch pos[0] {
	case "bash":
		writeBashCompletion(m.Stdout, info)
	case "zsh":
		writeZshCompletion(m.Stdout, info)
	case "fish":
		writeFishCompletion(m.Stdout, info)
	default:
		return usagef("unknown shell %q: bash, zsh or fish", pos[0])
	}
	return nil
}

func commandNames(info []completionCommandInfo) []string {
	names := []string{"help"}
	for _, c := range info {
		names = append(names, c.name)
	}
	slices.Sort(names)
	return names
}

func writeBashCompletion(w io.Writer, info []completionCommandInfo) {
	fmt.Fprintf(w, `# bash completion for scout; load with: source <(scout completion bash)
_scout() {
    local cur=${COMP_WORDS[COMP_CWORD]} cmd=${COMP_WORDS[1]} opts="" subs="" valued=""
    if [[ $COMP_CWORD -eq 1 ]]; then
        COMPREPLY=($(compgen -W "%s" -- "$cur"))
        return
    fi
    case $cmd in
`, strings.Join(commandNames(info), " "))
	for _, c := range info {
		var opts, valued []string
		for _, f := range c.flags {
			opts = append(opts, "--"+f.name)
			if f.takesValue {
				valued = append(valued, "--"+f.name)
			}
		}
		fmt.Fprintf(w, "    %s) opts=%q; subs=%q; valued=%q ;;\n", c.name, strings.Join(opts, " "), strings.Join(c.subcommands, " "), " "+strings.Join(valued, " ")+" ")
	}
	fmt.Fprint(w, `    help) subs="`+strings.Join(commandNames(info), " ")+`" ;;
    esac
    local prev=${COMP_WORDS[COMP_CWORD-1]}
    if [[ $prev == --* && $valued == *" $prev "* ]]; then
        COMPREPLY=($(compgen -f -- "$cur"))
        return
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
        return
    fi
    if [[ $COMP_CWORD -eq 2 && -n $subs ]]; then
        COMPREPLY=($(compgen -W "$subs" -- "$cur"))
        return
    fi
    COMPREPLY=($(compgen -f -- "$cur"))
}
complete -o filenames -F _scout scout
`)
}

// zshQuote escapes text for the description of a single-quoted
// _arguments spec, where brackets and colons are syntax.
func zshQuote(s string) string {
	r := strings.NewReplacer("'", "'\\''", "[", "\\[", "]", "\\]", ":", "\\:")
	return r.Replace(strings.Join(strings.Fields(s), " "))
}

func writeZshCompletion(w io.Writer, info []completionCommandInfo) {
	fmt.Fprint(w, `#compdef scout
# zsh completion for scout; save as _scout in a directory of $fpath
_scout() {
    local -a commands
    commands=(
`)
	// _describe splits "name:description" at the first colon, so the
	// descriptions keep theirs.
	describe := func(s string) string { return strings.ReplaceAll(strings.Join(strings.Fields(s), " "), "'", "'\\''") }
	fmt.Fprintf(w, "        'help:%s'\n", describe("show help, or a command's flags"))
	for _, c := range info {
		fmt.Fprintf(w, "        '%s:%s'\n", c.name, describe(c.summary))
	}
	fmt.Fprint(w, `    )
    if (( CURRENT == 2 )); then
        _describe -t commands 'scout command' commands
        return
    fi
    local cmd=$words[2]
    shift words
    (( CURRENT-- ))
    case $cmd in
`)
	for _, c := range info {
		fmt.Fprintf(w, "    %s)\n        _arguments -s \\\n", c.name)
		for _, f := range c.flags {
			if f.takesValue {
				fmt.Fprintf(w, "            '--%s=[%s]:value:_files' \\\n", f.name, zshQuote(f.usage))
			} else {
				fmt.Fprintf(w, "            '--%s[%s]' \\\n", f.name, zshQuote(f.usage))
			}
		}
		if len(c.subcommands) > 0 {
			fmt.Fprintf(w, "            '1:subcommand:(%s)' \\\n", strings.Join(c.subcommands, " "))
		}
		fmt.Fprint(w, "            '*:argument:_files'\n        ;;\n")
	}
	fmt.Fprintf(w, "    help)\n        _arguments '1:command:(%s)'\n        ;;\n", strings.Join(commandNames(info), " "))
	fmt.Fprint(w, `    esac
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
    _scout "$@"
else
    compdef _scout scout
fi
`)
}

// fishQuote escapes text for a single-quoted fish argument.
func fishQuote(s string) string {
	return strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(strings.Join(strings.Fields(s), " "))
}

func writeFishCompletion(w io.Writer, info []completionCommandInfo) {
	fmt.Fprintln(w, "# fish completion for scout; save as ~/.config/fish/completions/scout.fish")
	fmt.Fprintln(w, "complete -c scout -f")
	fmt.Fprintf(w, "complete -c scout -n __fish_use_subcommand -a help -d '%s'\n", fishQuote("show help, or a command's flags"))
	for _, c := range info {
		fmt.Fprintf(w, "complete -c scout -n __fish_use_subcommand -a %s -d '%s'\n", c.name, fishQuote(c.summary))
	}
	for _, c := range info {
		cond := "__fish_seen_subcommand_from " + c.name
		if len(c.subcommands) > 0 {
			fmt.Fprintf(w, "complete -c scout -n '%s' -a '%s'\n", cond, strings.Join(c.subcommands, " "))
		}
		for _, f := range c.flags {
			req := ""
			if f.takesValue {
				req = " -r -F"
			}
			fmt.Fprintf(w, "complete -c scout -n '%s' -l %s%s -d '%s'\n", cond, f.name, req, fishQuote(f.usage))
		}
	}
}
