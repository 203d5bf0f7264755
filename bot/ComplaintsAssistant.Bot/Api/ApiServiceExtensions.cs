using System.Text.Json;
using System.Text.Json.Serialization;
using ComplaintsAssistant.Bot.AccessLog;
using ComplaintsAssistant.Bot.SubjectAccess;
using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Bot.Retention;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.Json;

namespace ComplaintsAssistant.Bot.Api;

public static class ApiServiceExtensions
{
    public const string ApiPolicy = "api";

    /// <summary>The JSON API: strict request parsing (enum names, no unknown fields), problem details, OpenAPI,
    /// and in production Entra ID bearer tokens.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JsonOptions>(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            // A misspelt field ("recievedOn") is an error naming it, not a silently missing value.
            json.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            // Generated metadata first, reflection after it for anything the context doesn't list.
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<StoreUnavailableHandler>();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddOpenApi();

        var identity = configuration.GetSection(IdentityOptions.Section).Get<IdentityOptions>() ?? new IdentityOptions();
        if (identity.IsConfigured)
        {
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
            {
                jwt.Authority = $"{identity.Instance.TrimEnd('/')}/{identity.TenantId}/v2.0";
                jwt.TokenValidationParameters.ValidAudiences =
                    new[] { identity.ClientId, $"api://{identity.ClientId}", identity.Audience }.Where(a => !string.IsNullOrWhiteSpace(a)).Cast<string>();
                jwt.MapInboundClaims = false;
            });
            services.AddAuthorizationBuilder().AddPolicy(ApiPolicy, p => p.RequireAuthenticatedUser());
        }
        else
        {
            services.AddAuthorization();
        }
        return services;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseApiProblems();
        var api = app.MapGroup("/api").WithMetadata(new ApiCaller.Required());
        if (!app.Services.GetRequiredService<HostingMode>().IsLocalDevelopment)
        {
            app.UseAuthentication();
            app.UseAuthorization();
            api.RequireAuthorization(ApiPolicy);
        }
        app.Use(ApiCaller.Middleware);
        api.MapCases().MapCouncil().MapIntake().MapOwners().MapRetention().MapHolds().MapDisposals().MapImport(app.Configuration).MapReports().MapFigures().MapAccessLog().MapSubjectAccess();
        app.MapOpenApi();
        return app;
    }
}
