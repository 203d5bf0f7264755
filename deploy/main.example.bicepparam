// Copy to main.bicepparam (kept out of git) and fill in; docs/deployment.md, step 3.
using './main.bicep'

param name = 'ca-example'
param location = 'uksouth'
param cosmosThroughput = 'serverless'
param cosmosSecondaryRegion = ''
param botAppId = '00000000-0000-0000-0000-000000000000'
param apiClientId = '00000000-0000-0000-0000-000000000000'
// Read from the shell at deployment time, so the secret is never written in a file or the command line.
param botAppPassword = readEnvironmentVariable('BOT_APP_PASSWORD')
// The secret's end date (step 1's --end-date): the host warns 30 days before it.
param botCredentialExpiresOn = '2027-12-01'
// The figure links' signing key, from the shell too (openssl rand -base64 32; docs/deployment.md, step 3).
param figureLinksKey = readEnvironmentVariable('FIGURE_LINKS_KEY')
param customHostName = ''
