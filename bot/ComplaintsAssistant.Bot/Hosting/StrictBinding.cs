using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Hosting;

public static class StrictBinding
{
    /// <summary>Binds <paramref name="section"/> from the host's final configuration (so settings layered on late — tests,
    /// hosting platforms — count), refusing a key the host doesn't know: a mistyped setting stops the host naming the
    /// section rather than being silently ignored.</summary>
    public static OptionsBuilder<T> BindStrictly<T>(this OptionsBuilder<T> builder, string section) where T : class =>
        builder.Configure<IConfiguration>((options, configuration) =>
        {
            try
            {
                configuration.GetSection(section).Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException($"Configuration {section} has a setting the host does not know: {e.Message}", e);
            }
        });
}
