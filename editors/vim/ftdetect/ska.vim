" ska plans (*.ska): the quality plans `ska check` judges.
autocmd BufRead,BufNewFile *.ska setfiletype ska
