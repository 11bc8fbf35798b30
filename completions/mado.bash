# bash completion for mado (Madoguchi). Source it, or copy it to
# /usr/share/bash-completion/completions/mado (or ~/.local/share/bash-completion/completions/mado).
_mado() {
    local cur prev words cword
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    local commands="setup demo list show search import webhook instagram reply send close reopen pending assign tag untag snooze priority agent customer report save-attachment backup restore first-screen help version"
    local globals="--store --theme --agent --help"
    case "$prev" in
        --store|--to|--body-file|--signature-file) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --theme) COMPREPLY=($(compgen -W "dark light high-contrast" -- "$cur")); return ;;
        --status) COMPREPLY=($(compgen -W "open pending closed" -- "$cur")); return ;;
        --then) COMPREPLY=($(compgen -W "close pending open" -- "$cur")); return ;;
        --by) COMPREPLY=($(compgen -W "channel agent day tag" -- "$cur")); return ;;
        priority) COMPREPLY=($(compgen -W "urgent high normal low" -- "$cur")); return ;;
        import) COMPREPLY=($(compgen -W "maildir mbox eml instagram orders customers" -- "$cur")); return ;;
        agent) COMPREPLY=($(compgen -W "add list" -- "$cur")); return ;;
        instagram) COMPREPLY=($(compgen -W "backfill" -- "$cur")); return ;;
        customer) COMPREPLY=($(compgen -W "show merge unmerge export erase suppress unsuppress" -- "$cur")); return ;;
        help) COMPREPLY=($(compgen -W "keys commands search config templates $commands" -- "$cur")); return ;;
    esac
    # The command is the first word that is neither an option nor an option's value.
    local i command=""
    for ((i = 1; i < COMP_CWORD; i++)); do
        case "${COMP_WORDS[i]}" in
            --store|--theme|--agent) ((i++)) ;;
            -*) ;;
            *) command="${COMP_WORDS[i]}"; break ;;
        esac
    done
    if [[ -z "$command" ]]; then
        if [[ "$cur" == -* ]]; then
            COMPREPLY=($(compgen -W "$globals" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi
    local options="$globals"
    case "$command" in
        setup) options+=" --shop-name --shop-address --timezone --login --name --email" ;;
        demo) options+=" --conversations --days --seed --no-open" ;;
        list) options+=" --status --limit --json" ;;
        show) options+=" --json" ;;
        search) options+=" --limit --json" ;;
        import) options+=" --watch --account --json" ;;
        reply) options+=" --template --body-file --then --send" ;;
        send) options+=" --retry --list --requeue --yes" ;;
        instagram) options+=" --account --quiet" ;;
        agent) options+=" --name --email --signature-file" ;;
        customer) options+=" --json --to --yes" ;;
        report) options+=" --since --until --by --json --csv" ;;
        save-attachment) options+=" --message --index --to" ;;
        first-screen) options+=" --size" ;;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}
complete -F _mado mado
