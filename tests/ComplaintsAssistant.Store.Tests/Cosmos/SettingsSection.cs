using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace ComplaintsAssistant.Store.Tests.Cosmos;

/// <summary>A flat configuration section from a dictionary: just enough of <see cref="IConfigurationSection"/>
/// for the options reader, without bringing the configuration package into this test project.</summary>
internal sealed class SettingsSection(string path, IReadOnlyDictionary<string, string> settings) : IConfigurationSection
{
    public string? this[string key]
    {
        get => settings.GetValueOrDefault(key);
        set => throw new NotSupportedException();
    }

    public string Key => path.Split(':')[^1];
    public string Path => path;
    public string? Value { get => null; set => throw new NotSupportedException(); }
    public IConfigurationSection GetSection(string key) => throw new NotSupportedException();
    public IEnumerable<IConfigurationSection> GetChildren() => [];
    public IChangeToken GetReloadToken() => throw new NotSupportedException();
}
