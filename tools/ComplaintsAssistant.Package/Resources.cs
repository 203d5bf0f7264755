namespace ComplaintsAssistant.Package;

/// <summary>The files embedded in the tool: the official schemas and manifest/'s templates and icons.</summary>
internal static class Resources
{
    public static Stream Open(string name) =>
        typeof(Resources).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The tool was built without its resource {name}.");

    public static string Text(string name)
    {
        using var reader = new StreamReader(Open(name));
        return reader.ReadToEnd();
    }

    public static byte[] Bytes(string name)
    {
        using var stream = Open(name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
