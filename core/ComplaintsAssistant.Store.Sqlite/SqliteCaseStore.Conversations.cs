using Microsoft.Data.Sqlite;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>Conversation references and welcome marks: one-row statements on a plain (pooled) connection. Every chat
/// touches them and EF Core adds nothing here, so a host that only chats never loads it (<see cref="ContextPool"/>).</summary>
public sealed partial class SqliteCaseStore
{
    public async Task SaveAsync(string userKey, string reference, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("INSERT INTO Conversations (UserKey, Reference) VALUES ($key, $value) ON CONFLICT(UserKey) DO UPDATE SET Reference = excluded.Reference",
            userKey, reference, cancellationToken);

    public async Task<string?> GetAsync(string userKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT Reference FROM Conversations WHERE UserKey = $key", userKey, value: null);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<bool> AddIfAbsentAsync(string key, string value, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("INSERT INTO Conversations (UserKey, Reference) VALUES ($key, $value) ON CONFLICT(UserKey) DO NOTHING",
            key, value, cancellationToken) == 1;

    private async Task<int> ExecuteAsync(string sql, string key, string value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, key, value);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string key, string? value)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$key", key);
        if (value is not null) command.Parameters.AddWithValue("$value", value);
        return command;
    }
}
