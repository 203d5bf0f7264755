// Complaints Assistant for one council, in one resource group: the host on App Service (Linux, .NET 10) with its own
// managed identity, Cosmos DB (NoSQL), Storage for emails and attachments, Key Vault for the bot's client secret and
// the figure links' signing key,
// Application Insights, and the Azure Bot with its Teams channel. The app reaches Cosmos, Storage and Key Vault with
// its identity: no keys exist in settings (Cosmos and Storage refuse key access altogether).
// Deploy: docs/deployment.md. Checked by tests/ComplaintsAssistant.Deploy.Tests (compiled with the Bicep CLI).

targetScope = 'resourceGroup'

@description('Primary Azure region.')
@allowed(['uksouth', 'ukwest'])
param location string = 'uksouth'

@description('Optional second Cosmos DB region for reads and failover (needs cosmosThroughput autoscale: serverless accounts are single-region). Empty for none.')
@allowed(['', 'ukwest', 'uksouth'])
param cosmosSecondaryRegion string = ''

@description('serverless (pay per request; suits one council) or autoscale (provisioned throughput that scales between 10% and 100% of cosmosAutoscaleMaxThroughput).')
@allowed(['serverless', 'autoscale'])
param cosmosThroughput string = 'serverless'

@description('Autoscale ceiling in RU/s, shared by the database\'s containers (only with autoscale).')
@minValue(1000)
param cosmosAutoscaleMaxThroughput int = 1000

@description('Short lowercase name the resources are named after, e.g. the council\'s: "ca-examplecc".')
@minLength(3)
@maxLength(12)
param name string

@description('The bot\'s Entra app registration: Application (client) ID (docs/deployment.md, step 1).')
param botAppId string

@description('The bot app registration\'s client secret, stored in Key Vault. Never has a default: az deployment asks for it.')
@secure()
param botAppPassword string

@description('The day that client secret stops working (its end date in Entra, yyyy-MM-dd). Key Vault records it, and the host warns 30 days ahead in its log and the officers\' digest.')
param botCredentialExpiresOn string

@description('The key that signs the figure card\'s "Download CSV" and "Open the report" links (FigureLinks:Key), stored in Key Vault. Every instance must share it, or a link made by one is refused by another and all die on restart. Generate with: openssl rand -base64 32. Never has a default.')
@secure()
@minLength(32)
param figureLinksKey string

@description('The API / add-in Entra app registration: Application (client) ID (docs/deployment.md, step 1).')
param apiClientId string

@description('The council\'s Entra tenant.')
param tenantId string = tenant().tenantId

@description('Custom host name (e.g. complaints.example.gov.uk) once bound to the app; empty to use the default *.azurewebsites.net name.')
param customHostName string = ''

@description('App Service plan size. Basic (B1) and up keep the app always on, which the deadline prompts need.')
@allowed(['B1', 'B2', 'P0v3', 'P1v3', 'P2v3'])
param appServiceSku string = 'P0v3'

var suffix = uniqueString(resourceGroup().id)
var regionNames = { uksouth: 'UK South', ukwest: 'UK West' }
var secondaryRegions = empty(cosmosSecondaryRegion)
  ? []
  : cosmosThroughput == 'autoscale'
      ? [cosmosSecondaryRegion]
      : fail('cosmosSecondaryRegion needs cosmosThroughput=autoscale: a serverless Cosmos DB account runs in one region only.')
var cosmosRegions = concat([location], secondaryRegions)
var hostName = empty(customHostName) ? site.properties.defaultHostName : customHostName

// Built-in role ids (Azure RBAC built-in roles reference; Cosmos DB data-plane roles reference).
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var cosmosBuiltInDataContributor = '00000000-0000-0000-0000-000000000002'

// Cosmos containers as the store creates them with a key (core/ComplaintsAssistant.Store.Cosmos/CosmosSchema.cs); a
// managed identity can't create containers, so they are made here. A test compares the two.
var casesIndexedPaths = [
  '/reference/?', '/kind/?', '/status/?', '/isOpen/?', '/team/?', '/owner/?', '/receivedOn/?', '/stage/?'
  '/dueOn/?', '/dueSort/?', '/intakeKey/?', '/promptOn/?'
  '/doc/learningActions/[]/status/?', '/doc/learningActions/[]/department/?', '/doc/learningActions/[]/owner/?'
  '/doc/learningActions/[]/targetDate/?'
  '/figureCases/*', '/figureStages/*', '/figureConcerns/*', '/figureChildren/*'
  '/figurePayments/*', '/figureOmbudsman/*', '/figureEscalations/*', '/figureResolutions/*'
  '/personKeys/[]/?'
]
var casesCompositeIndexes = [
  ['dueSort', 'reference']
  ['isOpen', 'dueSort', 'reference']
  ['owner', 'dueSort', 'reference']
  ['owner', 'isOpen', 'dueSort', 'reference']
  ['team', 'dueSort', 'reference']
  ['team', 'isOpen', 'dueSort', 'reference']
  ['promptOn', 'reference']
]
var containers = [
  { name: 'cases', includedPaths: casesIndexedPaths, compositeIndexes: casesCompositeIndexes }
  { name: 'meta', includedPaths: ['/type/?', '/state/?', '/updatedAt/?', '/draftedAt/?', '/caseId/?', '/readerId/?', '/atTicks/?', '/personKey/?', '/reference/?', '/disposedOn/?', '/figureCases/*', '/figureStages/*', '/figureConcerns/*', '/figureChildren/*', '/figurePayments/*', '/figureOmbudsman/*', '/figureEscalations/*', '/figureResolutions/*'], compositeIndexes: [] }
]

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 90
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('st${toLower(replace(name, '-', ''))}${suffix}', 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: { enabled: true, days: 30 }
    containerDeleteRetentionPolicy: { enabled: true, days: 30 }
  }
}

resource intakeContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'intake'
  properties: { publicAccess: 'None' }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('${name}-kv-${suffix}', 24)
  location: location
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource botSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'bot-app-password'
  properties: {
    value: botAppPassword
    attributes: { exp: dateTimeToEpoch('${botCredentialExpiresOn}T00:00:00Z') }
  }
}

// One key for every instance, so a figure link made by one host opens on another and survives restarts.
resource figureLinksSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'figure-links-key'
  properties: { value: figureLinksKey }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: '${name}-cosmos-${suffix}'
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    disableLocalAuth: true
    minimalTlsVersion: 'Tls12'
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    locations: [for (region, i) in cosmosRegions: { locationName: region, failoverPriority: i, isZoneRedundant: false }]
    enableAutomaticFailover: length(cosmosRegions) > 1
    capabilities: cosmosThroughput == 'serverless' ? [{ name: 'EnableServerless' }] : []
    backupPolicy: { type: 'Continuous', continuousModeProperties: { tier: 'Continuous7Days' } }
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: cosmos
  name: 'complaints'
  properties: {
    resource: { id: 'complaints' }
    options: cosmosThroughput == 'autoscale' ? { autoscaleSettings: { maxThroughput: cosmosAutoscaleMaxThroughput } } : {}
  }
}

resource cosmosContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for container in containers: {
    parent: database
    name: container.name
    properties: {
      resource: {
        id: container.name
        partitionKey: { paths: ['/id'], kind: 'Hash' }
        indexingPolicy: {
          automatic: true
          indexingMode: 'consistent'
          includedPaths: map(container.includedPaths, path => { path: path })
          excludedPaths: [{ path: '/*' }]
          compositeIndexes: map(container.compositeIndexes, fields => map(fields, field => { path: '/${field}', order: 'ascending' }))
        }
      }
    }
  }
]

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: '${name}-${suffix}'
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      // The publish is self-contained (docs/deployment.md, step 4): started the way App Service starts a .NET app, named
      // here rather than left to its detection of the published files.
      appCommandLine: 'dotnet ComplaintsAssistant.Bot.dll'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/health'
    }
  }
}

// Settings are a child resource so they can name the host after the site exists (and a custom host name).
resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    Store__Kind: 'Cosmos'
    Store__Cosmos__Endpoint: cosmos.properties.documentEndpoint
    Store__Cosmos__UseManagedIdentity: 'true'
    Store__Cosmos__CreateIfMissing: 'false'
    Store__Cosmos__PreferredRegions: join(map(cosmosRegions, r => regionNames[r]), ', ')
    Blobs__Kind: 'Azure'
    Blobs__Azure__ServiceUri: storage.properties.primaryEndpoints.blob
    Bot__AppId: botAppId
    Bot__TenantId: tenantId
    Bot__AppPassword: '@Microsoft.KeyVault(SecretUri=${botSecret.properties.secretUri})'
    Bot__AppPasswordExpiresOn: botCredentialExpiresOn
    FigureLinks__Key: '@Microsoft.KeyVault(SecretUri=${figureLinksSecret.properties.secretUri})'
    FigureLinks__PublicUrl: 'https://${hostName}'
    Entra__TenantId: tenantId
    Entra__ClientId: apiClientId
    APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
  }
}

// No FTP or Kudu basic-auth publishing: deployments sign in with Entra ID.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: { allow: false }
}

resource cosmosData 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: cosmos
  name: guid(cosmos.id, site.id, cosmosBuiltInDataContributor)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosBuiltInDataContributor}'
    principalId: site.identity.principalId
    scope: cosmos.id
  }
}

resource blobData 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, site.id, storageBlobDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, site.id, keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: 'Complaints Assistant'
    endpoint: 'https://${hostName}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
    disableLocalAuth: true
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

@description('Give this to the package command as hostName (and use it in the Entra redirect URI).')
output hostName string = hostName
output appName string = site.name
@description('The app\'s managed identity (for the Exchange and Graph steps it is not used: those use the bot registration).')
output principalId string = site.identity.principalId
output cosmosAccount string = cosmos.name
output storageAccount string = storage.name
output keyVault string = vault.name
