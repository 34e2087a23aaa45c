// The preview server of `standar serve` lives in this module (issue: authoring).
