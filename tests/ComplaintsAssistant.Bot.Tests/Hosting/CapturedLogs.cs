using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Tests.Hosting;

/// <summary>Every log line the host writes, with its exception and the values of its scopes, as text to search.</summary>
internal sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => logs._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            logs._scopes.ForEachScope((scope, list) => list.Add(Describe(scope)), scopes);
            logs._lines.Enqueue($"{logLevel} {category}[{eventId.Id}] {formatter(state, exception)} {Describe(state)} {string.Join(" ", scopes)} {exception}");
        }

        /// <summary>Structured values too, not only the message: an exporter (Application Insights) sends them all.</summary>
        private static string Describe(object? state) => state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(" ", pairs.Select(pair => $"{pair.Key}={pair.Value}"))
            : state?.ToString() ?? string.Empty;
    }
}
