global using Xunit;
global using Site.Tests.Support;
