import { Argument, Command } from 'commander';
import { completionScript, SHELLS, type Shell } from '../docs/completion.js';
import { out } from '../io/output.js';

export function completionCommand(program: () => Command): Command {
  return new Command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .addHelpText('before', `Examples:
  source <(article completion bash)                          this bash session
  article completion bash > ~/.local/share/bash-completion/completions/article
  article completion zsh > "\${fpath[1]}/_article"             then: compinit
  article completion fish > ~/.config/fish/completions/article.fish
`)
    .action((shell: Shell) => {
      out(completionScript(program(), shell));
    });
}
