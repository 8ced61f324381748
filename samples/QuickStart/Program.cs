using QuickStart.Hosting;
using Spectre.Console;

return await QuickStartCommand.RunAsync(args, AnsiConsole.Console, Console.Out, Console.Error);
