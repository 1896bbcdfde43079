// Static hosting for the Risicoradar tab: one Azure Static Web App that serves dist/ over HTTPS.
// It stores no user data, because the tab keeps everything in the team's own SharePoint site.
// The response headers, including the Content-Security-Policy, are not set here: Static Web Apps
// reads them from staticwebapp.config.json, which the deploy step uploads with the files.

@description('Base name of the resources, for example risicoradar plus a suffix per environment.')
@minLength(4)
@maxLength(40)
param resourceBaseName string

@description('Pricing plan of the static web app: Free, or Standard for an SLA.')
@allowed([
  'Free'
  'Standard'
])
param staticWebAppSku string = 'Free'

@description('Region of the static web app resource, one of the few regions that offer Static Web Apps.')
@allowed([
  'westeurope'
  'centralus'
  'eastus2'
  'westus2'
  'eastasia'
])
param location string = 'westeurope'

resource staticWebApp 'Microsoft.Web/staticSites@2022-09-01' = {
  name: resourceBaseName
  location: location
  sku: {
    name: staticWebAppSku
    tier: staticWebAppSku
  }
  properties: {
    // Content arrives from the Agents Toolkit deploy step, not from a linked repository, and
    // pull-request preview environments would publish unreviewed builds on public URLs.
    stagingEnvironmentPolicy: 'Disabled'
    allowConfigFileUpdates: true
  }
}

// The Agents Toolkit writes these outputs to env/.env.<env> under the same names.
output AZURE_STATIC_WEB_APPS_RESOURCE_ID string = staticWebApp.id
output TAB_DOMAIN string = staticWebApp.properties.defaultHostname
output TAB_ENDPOINT string = 'https://${staticWebApp.properties.defaultHostname}'
