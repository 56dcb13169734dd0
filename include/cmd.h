/* cmd.h — the subcommands. Each takes the arguments after its own name
 * (argv[0] is the subcommand) and returns the process exit code:
 * 0 success, 1 a judged failure (check), 2 an error in input or arguments. */
#ifndef SKA_CMD_H
#define SKA_CMD_H

int cmd_check(int argc, char **argv);
int cmd_fmt(int argc, char **argv);
int cmd_history(int argc, char **argv);
int cmd_import(int argc, char **argv);
int cmd_repl(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_test(int argc, char **argv);

#endif
